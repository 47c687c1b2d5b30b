/** Resource identity data in and out of the wire shape. */
import { Diagnostics } from '../../tf/diagnostics.js';
import { ctyString } from '../../tf/types.js';
import type { CtyType } from '../../tf/types.js';
import { Unknown, isObjectValue } from '../../tf/value.js';
import type { Value } from '../../tf/value.js';
import type { PlanModel } from '../model.js';
import type { WireIdentityData } from '../protocol.js';
import type { AnyResource } from '../resource.js';
import type { Schema } from '../schema/schema.js';
import { decodeValue, encodeValue } from './values.js';

export function identityType<P>(resource: AnyResource<P>): CtyType | undefined {
  if (!resource.identity) return undefined;
  return {
    kind: 'object',
    attributes: Object.fromEntries(Object.keys(resource.identity.attributes).map((n) => [n, ctyString])),
  };
}

/** The identity of a model as wire data; unknown members where the model is not known yet. */
export function identityOf<P>(
  resource: AnyResource<P>,
  model: PlanModel<Schema>,
): WireIdentityData | undefined {
  const type = identityType(resource);
  if (!resource.identity || !type) return undefined;
  const raw = resource.identity.fromModel(model);
  const value: Record<string, Value> = {};
  for (const name of Object.keys(resource.identity.attributes)) {
    const v = raw[name];
    value[name] = v === null || v === undefined ? new Unknown() : v;
  }
  return { identity_data: encodeValue(value, type) };
}

/** Decodes identity data sent by Terraform into a plain record. */
export function decodeIdentity<P>(
  resource: AnyResource<P>,
  data: WireIdentityData | undefined,
  diags: Diagnostics,
): Record<string, string | null> | undefined {
  const type = identityType(resource);
  if (!type || !data?.identity_data) return undefined;
  const v = decodeValue(data.identity_data, type, 'resource identity', diags);
  if (!v || !isObjectValue(v)) return undefined;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? x : null]));
}
