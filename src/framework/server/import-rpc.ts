/** ImportResourceState: by ID (terraform import, import blocks) or by identity (Terraform ≥ 1.12). */
import { Diagnostics } from '../../tf/diagnostics.js';
import { stateFromModel } from '../model.js';
import { PrivateState } from '../private-state.js';
import type { ImportResourceStateRequest, ImportResourceStateResponse } from '../protocol.js';
import { impliedType } from '../schema/schema.js';
import { guarded } from './context.js';
import type { ServerContext } from './context.js';
import { decodeIdentity, identityOf } from './identity.js';
import { encodeValue } from './values.js';
import { diagnosticsToWire } from './wire-diagnostics.js';
import { toModel } from '../model.js';

export async function importResourceState<P>(
  ctx: ServerContext<P>,
  req: ImportResourceStateRequest,
): Promise<ImportResourceStateResponse> {
  const diags = new Diagnostics();
  const done = (): ImportResourceStateResponse => ({
    imported_resources: [],
    diagnostics: diagnosticsToWire(diags),
  });
  const resource = ctx.resource(req.type_name, diags);
  if (!resource) return done();
  const provider = ctx.requireProviderData(diags);
  if (provider === undefined) return done();
  const privateState = PrivateState.empty();
  const rctx = { provider, diagnostics: diags, private: privateState, signal: ctx.signal };

  const identity = decodeIdentity(resource, req.identity, diags);
  let partial;
  if (identity) {
    const names = Object.keys(identity);
    const single = names.length === 1 ? identity[names[0]!] : null;
    const importer = resource.importByIdentity
      ? () => resource.importByIdentity!(identity, rctx)
      : resource.importState && single
        ? () => resource.importState!(single, rctx)
        : undefined;
    if (!importer) {
      diags.error(
        'Import By Identity Not Supported',
        `${req.type_name} cannot be imported by identity; import it by ID.`,
      );
      return done();
    }
    partial = await guarded(diags, `Importing ${req.type_name}`, importer);
  } else {
    if (!resource.importState) {
      diags.error(
        'Resource Import Not Implemented',
        `${req.type_name} cannot be imported: it has no remote object of its own to adopt.`,
      );
      return done();
    }
    const id = req.id ?? '';
    if (id.trim() === '') {
      diags.error(
        'Missing Import ID',
        `Importing ${req.type_name} needs an ID; see the resource's documentation for its form.`,
      );
      return done();
    }
    partial = await guarded(diags, `Importing ${req.type_name}`, () => resource.importState!(id, rctx));
  }
  if (!partial || diags.hasError()) {
    if (!diags.hasError()) {
      diags.error(
        'Cannot Import Non-Existent Remote Object',
        `No ${req.type_name} matches ${JSON.stringify(req.id ?? identity)}.`,
      );
    }
    return done();
  }
  const value = stateFromModel(resource.schema.attributes, partial);
  return {
    imported_resources: [
      {
        type_name: req.type_name,
        state: encodeValue(value, impliedType(resource.schema)),
        private: privateState.toBytes(),
        identity: identityOf(resource, toModel(resource.schema, value)),
      },
    ],
    diagnostics: diagnosticsToWire(diags),
  };
}
