/**
 * What a list resource implements (Terraform ≥ 1.14 `list` blocks and `terraform query`): the
 * type name of the managed resource it lists, the schema of its `config` block, and `list`, which
 * yields the remote objects one by one with their identity and, when asked, their full state.
 */
import type { Diagnostics } from '../tf/diagnostics.js';
import type { PlanModel, StateModel } from './model.js';
import type { AttributeMap } from './schema/attributes.js';
import type { Schema } from './schema/schema.js';

export interface ListContext<P> {
  readonly provider: P;
  readonly diagnostics: Diagnostics;
  readonly signal: AbortSignal;
}

export interface ListRequest<S extends Schema> {
  /** The `config` block, wholly known. */
  readonly config: StateModel<S>;
  /** Terraform wants the full resource object of each result (`-generate-config-out`, `include_resource`). */
  readonly includeResourceObject: boolean;
  /** Most results Terraform wants; the framework stops the listing there. */
  readonly limit: number;
}

/** One listed object: its identity (the resource's identity attributes), a name for people, its state. */
export interface ListResult {
  readonly identity: Record<string, string>;
  readonly displayName: string;
  /** The resource's state model (only read when `includeResourceObject`). */
  readonly object?: Record<string, unknown>;
}

export interface ListResource<S extends Schema, P> {
  /** The managed resource type listed; it must have an identity. */
  readonly typeName: string;
  readonly schema: S;
  list(req: ListRequest<S>, ctx: ListContext<P>): AsyncIterable<ListResult>;
  /** Capability: cross-attribute validation (values may be unknown). */
  validateConfig?(config: PlanModel<S>, diagnostics: Diagnostics): void;
}

export type AnyListResource<P> = ListResource<Schema<AttributeMap>, P>;

export function defineListResource<S extends Schema, P>(l: ListResource<S, P>): AnyListResource<P> {
  return l as unknown as AnyListResource<P>;
}
