/**
 * ValidateProviderConfig, ConfigureProvider, ValidateResourceConfig, ValidateDataResourceConfig,
 * ValidateEphemeralResourceConfig.
 */
import { Diagnostics } from '../../tf/diagnostics.js';
import type { AnyDataSource } from '../datasource.js';
import { toModel } from '../model.js';
import { validateObject } from '../plan/validate.js';
import type {
  ConfigureProviderRequest,
  DiagnosticsResponse,
  DynamicValue,
  ValidateDataResourceConfigRequest,
  ValidateEphemeralResourceConfigRequest,
  ValidateProviderConfigRequest,
  ValidateResourceConfigRequest,
} from '../protocol.js';
import { impliedType } from '../schema/schema.js';
import type { ServerContext } from './context.js';
import { guarded } from './context.js';
import { decodeObject } from './values.js';
import { diagnosticsToWire } from './wire-diagnostics.js';

export async function validateProviderConfig<P>(
  ctx: ServerContext<P>,
  req: ValidateProviderConfigRequest,
): Promise<DiagnosticsResponse> {
  const diags = new Diagnostics();
  const { schema } = ctx.provider;
  const config = decodeObject(req.config, impliedType(schema), 'provider configuration', diags);
  if (config) {
    validateObject(schema.attributes, config, diags);
    await guarded(diags, 'Provider configuration validation', async () =>
      ctx.provider.validateConfig?.(toModel(schema, config), diags),
    );
  }
  return { diagnostics: diagnosticsToWire(diags) };
}

export async function configureProvider<P>(
  ctx: ServerContext<P>,
  req: ConfigureProviderRequest,
): Promise<DiagnosticsResponse> {
  const diags = new Diagnostics();
  const { schema } = ctx.provider;
  const config = decodeObject(req.config, impliedType(schema), 'provider configuration', diags);
  ctx.configured = true;
  if (config) {
    const data = await guarded(diags, 'Provider configuration', () =>
      ctx.provider.configure(toModel(schema, config), {
        diagnostics: diags,
        terraformVersion: req.terraform_version,
        signal: ctx.signal,
      }),
    );
    if (data !== undefined && !diags.hasError()) ctx.providerData = data;
  }
  return { diagnostics: diagnosticsToWire(diags) };
}

export async function validateResourceConfig<P>(
  ctx: ServerContext<P>,
  req: ValidateResourceConfigRequest,
): Promise<DiagnosticsResponse> {
  const diags = new Diagnostics();
  const resource = ctx.resource(req.type_name, diags);
  if (resource) {
    const config = decodeObject(
      req.config,
      impliedType(resource.schema),
      `${req.type_name} configuration`,
      diags,
    );
    if (config) {
      validateObject(resource.schema.attributes, config, diags, {
        writeOnlyAllowed: req.client_capabilities?.write_only_attributes_allowed === true,
      });
      await guarded(diags, `${req.type_name} validation`, async () =>
        resource.validateConfig?.(toModel(resource.schema, config), diags),
      );
    }
  }
  return { diagnostics: diagnosticsToWire(diags) };
}

export async function validateDataResourceConfig<P>(
  ctx: ServerContext<P>,
  req: ValidateDataResourceConfigRequest,
): Promise<DiagnosticsResponse> {
  const diags = new Diagnostics();
  await validateSourceConfig(ctx.dataSource(req.type_name, diags), req, diags);
  return { diagnostics: diagnosticsToWire(diags) };
}

/** ValidateEphemeralResourceConfig: the same checks as a data source's. */
export async function validateEphemeralResourceConfig<P>(
  ctx: ServerContext<P>,
  req: ValidateEphemeralResourceConfigRequest,
): Promise<DiagnosticsResponse> {
  const diags = new Diagnostics();
  await validateSourceConfig(ctx.ephemeralResource(req.type_name, diags), req, diags);
  return { diagnostics: diagnosticsToWire(diags) };
}

async function validateSourceConfig<P>(
  source: AnyDataSource<P> | undefined,
  req: { readonly type_name: string; readonly config?: DynamicValue },
  diags: Diagnostics,
): Promise<void> {
  if (!source) return;
  const config = decodeObject(
    req.config,
    impliedType(source.schema),
    `${req.type_name} configuration`,
    diags,
  );
  if (!config) return;
  validateObject(source.schema.attributes, config, diags);
  await guarded(diags, `${req.type_name} validation`, async () =>
    source.validateConfig?.(toModel(source.schema, config), diags),
  );
}
