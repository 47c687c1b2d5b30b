/** UpgradeResourceState (every plan calls it) and UpgradeResourceIdentity. */
import { Diagnostics } from '../../tf/diagnostics.js';
import { decodeJson } from '../../tf/json.js';
import type {
  UpgradeResourceIdentityRequest,
  UpgradeResourceIdentityResponse,
  UpgradeResourceStateRequest,
  UpgradeResourceStateResponse,
} from '../protocol.js';
import { impliedType } from '../schema/schema.js';
import type { ServerContext } from './context.js';
import { identityType } from './identity.js';
import { encodeValue } from './values.js';
import { diagnosticsToWire } from './wire-diagnostics.js';

const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function upgradeResourceState<P>(
  ctx: ServerContext<P>,
  req: UpgradeResourceStateRequest,
): UpgradeResourceStateResponse {
  const diags = new Diagnostics();
  const resource = ctx.resource(req.type_name, diags);
  if (!resource) return { diagnostics: diagnosticsToWire(diags) };
  const type = impliedType(resource.schema);
  const stored = Number(req.version);
  const current = resource.schema.version;
  if (stored > current) {
    diags.error(
      'Resource Managed By Newer Provider Version',
      `The state of ${req.type_name} was written by schema version ${stored}; this provider knows up to ${current}. ` +
        'Upgrade the provider.',
    );
    return { diagnostics: diagnosticsToWire(diags) };
  }
  const json = req.raw_state?.json;
  if (!json || json.length === 0) {
    if (req.raw_state?.flatmap && Object.keys(req.raw_state.flatmap).length > 0) {
      diags.error(
        'Unsupported State Format',
        `The state of ${req.type_name} is in the legacy flatmap format, which this provider never wrote.`,
      );
    }
    return { upgraded_state: encodeValue(null, type), diagnostics: diagnosticsToWire(diags) };
  }
  try {
    let text = Buffer.from(json).toString('utf8');
    if (stored < current) {
      let raw = JSON.parse(text) as Record<string, unknown>;
      for (let v = stored; v < current; v++) {
        const step = resource.stateUpgraders?.[v];
        if (!step) throw new Error(`no upgrader from schema version ${v}`);
        raw = step(raw);
      }
      text = JSON.stringify(raw);
    }
    const value = decodeJson(text, type, { ignoreUnknownAttributes: true });
    return { upgraded_state: encodeValue(value, type), diagnostics: diagnosticsToWire(diags) };
  } catch (e) {
    diags.error(
      'State Upgrade Failed',
      `The stored state of ${req.type_name} (schema version ${stored}) could not be read: ${errorMessage(e)}.`,
    );
    return { diagnostics: diagnosticsToWire(diags) };
  }
}

export function upgradeResourceIdentity<P>(
  ctx: ServerContext<P>,
  req: UpgradeResourceIdentityRequest,
): UpgradeResourceIdentityResponse {
  const diags = new Diagnostics();
  const resource = ctx.resource(req.type_name, diags);
  const type = resource && identityType(resource);
  if (!resource || !type) {
    if (resource)
      diags.error('Resource Identity Not Supported', `${req.type_name} has no resource identity.`);
    return { diagnostics: diagnosticsToWire(diags) };
  }
  const json = req.raw_identity?.json;
  try {
    const value = json && json.length > 0 ? decodeJson(json, type, { ignoreUnknownAttributes: true }) : null;
    return { upgraded_identity: { identity_data: encodeValue(value, type) }, diagnostics: [] };
  } catch (e) {
    diags.error(
      'Identity Upgrade Failed',
      `The stored identity of ${req.type_name} could not be read: ${errorMessage(e)}.`,
    );
    return { diagnostics: diagnosticsToWire(diags) };
  }
}
