/** What a data source implements: a type name, a schema and read. */
import type { Diagnostics } from '../tf/diagnostics.js';
import type { PlanModel, StateModel } from './model.js';
import type { AttributeMap } from './schema/attributes.js';
import type { Schema } from './schema/schema.js';

export interface DataSourceContext<P> {
  readonly provider: P;
  readonly diagnostics: Diagnostics;
  readonly signal: AbortSignal;
}

export interface DataSource<S extends Schema, P> {
  readonly typeName: string;
  readonly schema: S;
  /** Reads with a wholly known configuration; returns the full state (computed values filled). */
  read(config: StateModel<S>, ctx: DataSourceContext<P>): Promise<StateModel<S> | null>;
  /** Capability: cross-attribute validation (values may be unknown). */
  validateConfig?(config: PlanModel<S>, diagnostics: Diagnostics): void;
}

export type AnyDataSource<P> = DataSource<Schema<AttributeMap>, P>;

export function defineDataSource<S extends Schema, P>(d: DataSource<S, P>): AnyDataSource<P> {
  return d as unknown as AnyDataSource<P>;
}
