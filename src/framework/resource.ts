/**
 * What a resource implements: a type name, a schema and CRUD. Import, plan modification, config
 * validation, state upgrade and identity are optional capabilities, each tested for where it is
 * used. `P` is the provider's configured data (API clients), handed over through configure.
 */
import type { Diagnostics } from '../tf/diagnostics.js';
import type { AttrPath } from '../tf/path.js';
import type { PlanModel, StateModel } from './model.js';
import type { PrivateState } from './private-state.js';
import type { AttributeMap } from './schema/attributes.js';
import type { Schema } from './schema/schema.js';

export interface ResourceContext<P> {
  readonly provider: P;
  readonly diagnostics: Diagnostics;
  readonly private: PrivateState;
  /** Aborted when Terraform asks the provider to stop (Ctrl-C). */
  readonly signal: AbortSignal;
}

export interface CreateRequest<S extends Schema> {
  readonly plan: PlanModel<S>;
  readonly config: PlanModel<S>;
}

export interface UpdateRequest<S extends Schema> {
  readonly plan: PlanModel<S>;
  readonly prior: StateModel<S>;
  readonly config: PlanModel<S>;
}

export interface ModifyPlanRequest<S extends Schema> {
  /** Mutable: the hook edits the planned values in place. */
  readonly plan: PlanModel<S>;
  /** Null on create. */
  readonly prior: StateModel<S> | null;
  readonly config: PlanModel<S>;
  readonly diagnostics: Diagnostics;
  /** Marks an attribute as forcing replacement. */
  requiresReplace(path: AttrPath): void;
  /** The provider's data when it is configured (not during validation). */
  readonly provider: unknown;
}

export interface IdentitySpec<S extends Schema> {
  readonly version: number;
  /** String attributes only; at least one is required for import. */
  readonly attributes: { readonly [name: string]: { description: string; requiredForImport: boolean } };
  /** The identity of an object, from its (planned or stored) model; null members when unknown. */
  fromModel(model: PlanModel<S>): Record<string, string | null>;
}

export interface Resource<S extends Schema, P> {
  readonly typeName: string;
  readonly schema: S;
  /**
   * Creates the remote object. Returns the new state; on a partial failure returns the object that
   * does exist together with error diagnostics, so nothing is lost.
   */
  create(req: CreateRequest<S>, ctx: ResourceContext<P>): Promise<StateModel<S> | null>;
  /** Reads the remote object; null when it no longer exists (it leaves state). */
  read(state: StateModel<S>, ctx: ResourceContext<P>): Promise<StateModel<S> | null>;
  update(req: UpdateRequest<S>, ctx: ResourceContext<P>): Promise<StateModel<S> | null>;
  delete(state: StateModel<S>, ctx: ResourceContext<P>): Promise<void>;

  /** Capability: `terraform import` by ID. Returns a partial state that `read` completes. */
  importState?(id: string, ctx: ResourceContext<P>): Promise<Partial<StateModel<S>> | null>;
  /**
   * Capability: import by identity (Terraform ≥ 1.12 import blocks). Without it, an identity of a
   * single attribute is imported through `importState` with that attribute's value.
   */
  importByIdentity?(
    identity: Record<string, string | null>,
    ctx: ResourceContext<P>,
  ): Promise<Partial<StateModel<S>> | null>;
  /** Capability: adjust the plan after the engine's defaults and modifiers. */
  modifyPlan?(req: ModifyPlanRequest<S>): Promise<void>;
  /** Capability: cross-attribute validation (values may be unknown). */
  validateConfig?(config: PlanModel<S>, diagnostics: Diagnostics): void;
  /** Capability: upgraders from an older schema version, keyed by that version (raw JSON in, raw JSON out). */
  readonly stateUpgraders?: Readonly<
    Record<number, (old: Record<string, unknown>) => Record<string, unknown>>
  >;
  /** Capability: resource identity (Terraform ≥ 1.12). */
  readonly identity?: IdentitySpec<S>;
}

/**
 * The identity of a resource whose string attribute `id` names the remote object. Import by
 * identity then needs no code of its own: the framework hands the ID to `importState`.
 */
export function idIdentity<S extends Schema>(description: string): IdentitySpec<S> {
  return {
    version: 0,
    attributes: { id: { description, requiredForImport: true } },
    fromModel: (m) => {
      const id = (m as Record<string, unknown>).id;
      return { id: typeof id === 'string' ? id : null };
    },
  };
}

/** A resource with its schema type erased, as the provider's registry holds it. */
export type AnyResource<P> = Resource<Schema<AttributeMap>, P>;

/** Defines a resource; the schema's attribute map types its model. */
export function defineResource<S extends Schema, P>(r: Resource<S, P>): AnyResource<P> {
  return r as unknown as AnyResource<P>;
}
