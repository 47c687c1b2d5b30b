/** What a provider implements: its address, configuration schema, configure, and its types. */
import type { Diagnostics } from '../tf/diagnostics.js';
import type { AnyDataSource } from './datasource.js';
import type { AnyListResource } from './list-resource.js';
import type { PlanModel } from './model.js';
import type { AnyResource } from './resource.js';
import type { Schema } from './schema/schema.js';

export interface ConfigureContext {
  readonly diagnostics: Diagnostics;
  readonly terraformVersion: string;
  readonly signal: AbortSignal;
}

export interface ProviderDefinition<P, S extends Schema = Schema> {
  /** Type name used as resource prefix, e.g. `litmos`. */
  readonly typeName: string;
  readonly schema: S;
  /**
   * Builds the provider data (API clients) from the configuration. The configuration may hold
   * unknown values during plan; return undefined (with error diagnostics) when it cannot be used.
   */
  configure(config: PlanModel<S>, ctx: ConfigureContext): Promise<P | undefined>;
  validateConfig?(config: PlanModel<S>, diagnostics: Diagnostics): void;
  readonly resources: readonly AnyResource<P>[];
  readonly dataSources: readonly AnyDataSource<P>[];
  /**
   * Ephemeral resources (Terraform ≥ 1.10): the same shape as a data source, but their result is
   * never stored in plan or state. `read` answers OpenEphemeralResource.
   */
  readonly ephemeralResources?: readonly AnyDataSource<P>[];
  /** List resources (Terraform ≥ 1.14 `list` blocks), each named after the resource it lists. */
  readonly listResources?: readonly AnyListResource<P>[];
}
