/**
 * ValidateListResourceConfig and ListResource (protocol 6.10, Terraform ≥ 1.14 `list` blocks).
 * The `config` block is decoded with the list resource's schema; each listed object is sent with
 * its identity (the listed resource's identity type) and, when Terraform asks, its full state
 * encoded with the resource's schema. Errors travel as event diagnostics; the stream always ends.
 */
import { Diagnostics } from '../../tf/diagnostics.js';
import { AttrPath } from '../../tf/path.js';
import { ctyBool, ctyNumber } from '../../tf/types.js';
import { Unknown, isWhollyKnown } from '../../tf/value.js';
import { fromModel, toModel } from '../model.js';
import type { StateModel } from '../model.js';
import { validateObject } from '../plan/validate.js';
import type {
  DiagnosticsResponse,
  ListResourceEvent,
  ListResourceRequest,
  ValidateListResourceConfigRequest,
} from '../protocol.js';
import { impliedType } from '../schema/schema.js';
import type { Schema } from '../schema/schema.js';
import { guarded } from './context.js';
import type { ServerContext } from './context.js';
import { identityType } from './identity.js';
import { decodeObject, decodeValue, encodeValue } from './values.js';
import { diagnosticsToWire } from './wire-diagnostics.js';

export async function validateListResourceConfig<P>(
  ctx: ServerContext<P>,
  req: ValidateListResourceConfigRequest,
): Promise<DiagnosticsResponse> {
  const diags = new Diagnostics();
  const list = ctx.listResource(req.type_name, diags);
  if (list) {
    const config = decodeObject(
      req.config,
      impliedType(list.schema),
      `${req.type_name} list configuration`,
      diags,
    );
    if (config) {
      validateObject(list.schema.attributes, config, diags);
      await guarded(diags, `Validating the ${req.type_name} list configuration`, async () =>
        list.validateConfig?.(toModel(list.schema, config), diags),
      );
    }
    decodeValue(req.include_resource_object, ctyBool, 'include_resource value', diags);
    const limit = decodeValue(req.limit, ctyNumber, 'limit value', diags);
    if (typeof limit === 'number' && (!Number.isInteger(limit) || limit < 1)) {
      diags.error(
        'Invalid List Limit',
        `limit must be a whole number of at least 1, got ${limit}.`,
        AttrPath.root('limit'),
      );
    }
  }
  return { diagnostics: diagnosticsToWire(diags) };
}

export async function* listResource<P>(
  ctx: ServerContext<P>,
  req: ListResourceRequest,
): AsyncIterable<ListResourceEvent> {
  const diags = new Diagnostics();
  const failed = (): ListResourceEvent => ({ diagnostic: diagnosticsToWire(diags) });
  const list = ctx.listResource(req.type_name, diags);
  const resource = list && ctx.resource(list.typeName, diags);
  const idType = resource && identityType(resource);
  if (!list || !resource || !idType) {
    if (resource && !idType)
      diags.error('List Resource Without Identity', `${req.type_name} has no identity.`);
    yield failed();
    return;
  }
  const config = decodeObject(
    req.config,
    impliedType(list.schema),
    `${req.type_name} list configuration`,
    diags,
  );
  const provider = ctx.requireProviderData(diags);
  if (!config || provider === undefined) {
    yield failed();
    return;
  }
  if (!isWhollyKnown(config)) {
    diags.error(
      'Configuration Not Known',
      `The ${req.type_name} list configuration has values not yet known.`,
    );
    yield failed();
    return;
  }
  validateObject(list.schema.attributes, config, diags);
  if (diags.hasError()) {
    yield failed();
    return;
  }

  const limit = Number(req.limit ?? 0);
  const max = Number.isFinite(limit) && limit > 0 ? limit : Number.POSITIVE_INFINITY;
  const resourceType = impliedType(resource.schema);
  let sent = 0;
  try {
    const results = list.list(
      {
        config: toModel(list.schema, config) as StateModel<Schema>,
        includeResourceObject: req.include_resource_object,
        limit: max,
      },
      { provider, diagnostics: diags, signal: ctx.signal },
    );
    for await (const result of results) {
      if (sent >= max || ctx.signal.aborted) break;
      const event: ListResourceEvent = {
        identity: { identity_data: encodeValue(result.identity, idType) },
        display_name: result.displayName,
        diagnostic: [],
      };
      if (req.include_resource_object && result.object) {
        const value = fromModel(resource.schema.attributes, result.object);
        if (Object.values(value).some((v) => v instanceof Unknown)) {
          diags.error(
            'Provider Returned Unknown Values',
            `${req.type_name} listed an object with unknown values.`,
          );
        } else {
          event.resource_object = encodeValue(value, resourceType);
        }
      }
      sent += 1;
      yield event;
    }
  } catch (e) {
    diags.error(
      'Unexpected Provider Error',
      `Listing ${req.type_name} failed unexpectedly: ${e instanceof Error ? e.message : String(e)}. This is a bug in the provider.`,
    );
  }
  if (diags.length > 0) yield failed();
}
