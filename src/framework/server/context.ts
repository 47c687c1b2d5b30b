/** State the framework server keeps between RPCs of one provider process. */
import type { Diagnostics } from '../../tf/diagnostics.js';
import type { AnyDataSource } from '../datasource.js';
import type { AnyListResource } from '../list-resource.js';
import type { ProviderDefinition } from '../provider.js';
import type { AnyResource } from '../resource.js';

export class ServerContext<P> {
  providerData: P | undefined;
  configured = false;
  private abort = new AbortController();
  private readonly resources: ReadonlyMap<string, AnyResource<P>>;
  private readonly dataSources: ReadonlyMap<string, AnyDataSource<P>>;
  private readonly ephemeralResources: ReadonlyMap<string, AnyDataSource<P>>;
  private readonly listResources: ReadonlyMap<string, AnyListResource<P>>;

  constructor(readonly provider: ProviderDefinition<P>) {
    this.resources = new Map(provider.resources.map((r) => [r.typeName, r]));
    this.dataSources = new Map(provider.dataSources.map((d) => [d.typeName, d]));
    this.ephemeralResources = new Map((provider.ephemeralResources ?? []).map((e) => [e.typeName, e]));
    this.listResources = new Map((provider.listResources ?? []).map((l) => [l.typeName, l]));
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  stop(): void {
    this.abort.abort(new Error('Terraform asked the provider to stop.'));
  }

  resource(typeName: string, diags: Diagnostics): AnyResource<P> | undefined {
    const r = this.resources.get(typeName);
    if (!r) {
      diags.error(
        'Unknown Resource Type',
        `The litmos provider has no resource type ${JSON.stringify(typeName)}. Check the spelling, or upgrade the provider.`,
      );
    }
    return r;
  }

  dataSource(typeName: string, diags: Diagnostics): AnyDataSource<P> | undefined {
    const d = this.dataSources.get(typeName);
    if (!d) {
      diags.error(
        'Unknown Data Source Type',
        `The litmos provider has no data source ${JSON.stringify(typeName)}. Check the spelling, or upgrade the provider.`,
      );
    }
    return d;
  }

  ephemeralResource(typeName: string, diags: Diagnostics): AnyDataSource<P> | undefined {
    const e = this.ephemeralResources.get(typeName);
    if (!e) {
      diags.error(
        'Unknown Ephemeral Resource Type',
        `The litmos provider has no ephemeral resource ${JSON.stringify(typeName)}. Check the spelling, or upgrade the provider.`,
      );
    }
    return e;
  }

  listResource(typeName: string, diags: Diagnostics): AnyListResource<P> | undefined {
    const l = this.listResources.get(typeName);
    if (!l) {
      diags.error(
        'Unknown List Resource Type',
        `The litmos provider cannot list ${JSON.stringify(typeName)}. Check the spelling, or upgrade the provider.`,
      );
    }
    return l;
  }

  /** The configured provider data, or an error diagnostic if configure has not succeeded. */
  requireProviderData(diags: Diagnostics): P | undefined {
    if (this.providerData !== undefined) return this.providerData;
    diags.error(
      'Provider Not Configured',
      this.configured
        ? 'The provider configuration could not be used (see the earlier errors, or values unknown until apply).'
        : 'Terraform called the provider before configuring it. This is a bug in the provider or Terraform.',
    );
    return undefined;
  }
}

/** Runs `fn`; a thrown exception (a provider bug) becomes one error diagnostic. */
export async function guarded<T>(
  diags: Diagnostics,
  what: string,
  fn: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    diags.error(
      'Unexpected Provider Error',
      `${what} failed unexpectedly: ${message}. This is a bug in the provider; please report it with the ` +
        'output of TF_LOG=debug (secrets are redacted there).',
    );
    return undefined;
  }
}
