/** ReadDataSource, and OpenEphemeralResource (the same read; Terraform keeps its result out of state). */
import { Diagnostics } from '../../tf/diagnostics.js';
import { isWhollyKnown } from '../../tf/value.js';
import { fromModel, toModel } from '../model.js';
import type { StateModel } from '../model.js';
import type { AnyDataSource } from '../datasource.js';
import type {
  DynamicValue,
  OpenEphemeralResourceRequest,
  OpenEphemeralResourceResponse,
  ReadDataSourceRequest,
  ReadDataSourceResponse,
} from '../protocol.js';
import { impliedType } from '../schema/schema.js';
import type { Schema } from '../schema/schema.js';
import { guarded } from './context.js';
import type { ServerContext } from './context.js';
import { decodeObject, encodeValue } from './values.js';
import { diagnosticsToWire } from './wire-diagnostics.js';

export async function readDataSource<P>(
  ctx: ServerContext<P>,
  req: ReadDataSourceRequest,
): Promise<ReadDataSourceResponse> {
  const diags = new Diagnostics();
  const state = await readSource(ctx, ctx.dataSource(req.type_name, diags), req, diags);
  return { ...(state ? { state } : {}), diagnostics: diagnosticsToWire(diags) };
}

export async function openEphemeralResource<P>(
  ctx: ServerContext<P>,
  req: OpenEphemeralResourceRequest,
): Promise<OpenEphemeralResourceResponse> {
  const diags = new Diagnostics();
  const result = await readSource(ctx, ctx.ephemeralResource(req.type_name, diags), req, diags);
  return { ...(result ? { result } : {}), diagnostics: diagnosticsToWire(diags) };
}

/** Decodes the configuration, reads, and encodes the full result; undefined on any error. */
async function readSource<P>(
  ctx: ServerContext<P>,
  dataSource: AnyDataSource<P> | undefined,
  req: { readonly type_name: string; readonly config?: DynamicValue },
  diags: Diagnostics,
): Promise<DynamicValue | undefined> {
  const done = (): undefined => undefined;
  if (!dataSource) return done();
  const type = impliedType(dataSource.schema);
  const config = decodeObject(req.config, type, `${req.type_name} configuration`, diags);
  const provider = ctx.requireProviderData(diags);
  if (!config || provider === undefined) return done();
  if (!isWhollyKnown(config)) {
    diags.error(
      'Configuration Not Known',
      `${req.type_name} was read before its configuration was known. This is a bug in Terraform or the provider.`,
    );
    return done();
  }
  const model = toModel(dataSource.schema, config) as StateModel<Schema>;
  const result = await guarded(diags, `Reading ${req.type_name}`, () =>
    dataSource.read(model, { provider, diagnostics: diags, signal: ctx.signal }),
  );
  if (!result || diags.hasError()) {
    if (result === null && !diags.hasError())
      diags.error('Not Found', `${req.type_name} found nothing that matches.`);
    return done();
  }
  const value = fromModel(dataSource.schema.attributes, result);
  if (!isWhollyKnown(value)) {
    diags.error(
      'Provider Returned Unknown Values',
      `${req.type_name} returned values not yet known. This is a bug in the provider.`,
    );
    return done();
  }
  return encodeValue(value, type);
}
