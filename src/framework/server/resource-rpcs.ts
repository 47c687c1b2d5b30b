/** ReadResource, PlanResourceChange and ApplyResourceChange. */
import { Diagnostics } from '../../tf/diagnostics.js';
import { isWhollyKnown } from '../../tf/value.js';
import type { ObjectValue } from '../../tf/value.js';
import { fromModel, stateFromModel, toModel } from '../model.js';
import type { StateModel } from '../model.js';
import { planObject } from '../plan/engine.js';
import { PrivateState } from '../private-state.js';
import type {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponse,
  PlanResourceChangeRequest,
  PlanResourceChangeResponse,
  ReadResourceRequest,
  ReadResourceResponse,
} from '../protocol.js';
import type { AnyResource, ResourceContext } from '../resource.js';
import { impliedType } from '../schema/schema.js';
import type { Schema } from '../schema/schema.js';
import type { AttrPath } from '../../tf/path.js';
import { guarded } from './context.js';
import type { ServerContext } from './context.js';
import { identityOf } from './identity.js';
import { decodeObject, encodeValue } from './values.js';
import { diagnosticsToWire, pathToWire } from './wire-diagnostics.js';

function resourceContext<P>(
  ctx: ServerContext<P>,
  provider: P,
  diags: Diagnostics,
  privateState: PrivateState,
): ResourceContext<P> {
  return { provider, diagnostics: diags, private: privateState, signal: ctx.signal };
}

/** A state model returned by a resource, as a complete object value, checked for unknowns. */
function stateValue<P>(resource: AnyResource<P>, state: StateModel<Schema>, diags: Diagnostics): ObjectValue {
  const value = stateFromModel(resource.schema.attributes, state);
  if (!isWhollyKnown(value)) {
    diags.error(
      'Provider Returned Unknown Values',
      `${resource.typeName} returned a state with values not yet known. This is a bug in the provider; please report it.`,
    );
  }
  return value;
}

export async function readResource<P>(
  ctx: ServerContext<P>,
  req: ReadResourceRequest,
): Promise<ReadResourceResponse> {
  const diags = new Diagnostics();
  const resource = ctx.resource(req.type_name, diags);
  const type = resource && impliedType(resource.schema);
  const current = resource && type && decodeObject(req.current_state, type, `${req.type_name} state`, diags);
  if (!resource || !type || current === undefined) return { diagnostics: diagnosticsToWire(diags) };
  if (current === null) return { new_state: encodeValue(null, type), diagnostics: [], private: req.private };

  const provider = ctx.requireProviderData(diags);
  if (provider === undefined)
    return { new_state: req.current_state, private: req.private, diagnostics: diagnosticsToWire(diags) };
  const privateState = PrivateState.fromBytes(req.private);
  const rctx = resourceContext(ctx, provider, diags, privateState);
  const model = toModel(resource.schema, current) as StateModel<Schema>;
  const result = await guarded(diags, `Reading ${req.type_name}`, () => resource.read(model, rctx));
  if (result === undefined) {
    // A failure keeps the state Terraform has.
    return { new_state: req.current_state, private: req.private, diagnostics: diagnosticsToWire(diags) };
  }
  if (result === null) return { new_state: encodeValue(null, type), diagnostics: diagnosticsToWire(diags) };
  const value = stateValue(resource, result, diags);
  return {
    new_state: encodeValue(value, type),
    private: privateState.toBytes(),
    new_identity: identityOf(resource, toModel(resource.schema, value)),
    diagnostics: diagnosticsToWire(diags),
  };
}

export async function planResourceChange<P>(
  ctx: ServerContext<P>,
  req: PlanResourceChangeRequest,
): Promise<PlanResourceChangeResponse> {
  const diags = new Diagnostics();
  const empty = (): PlanResourceChangeResponse => ({
    requires_replace: [],
    diagnostics: diagnosticsToWire(diags),
  });
  const resource = ctx.resource(req.type_name, diags);
  if (!resource) return empty();
  const type = impliedType(resource.schema);
  const prior = decodeObject(req.prior_state, type, `${req.type_name} prior state`, diags);
  const proposed = decodeObject(req.proposed_new_state, type, `${req.type_name} proposed state`, diags);
  const config = decodeObject(req.config, type, `${req.type_name} configuration`, diags);
  if (prior === undefined || proposed === undefined || config === undefined) return empty();

  // Destroy: nothing to plan but the absence.
  if (proposed === null) {
    return {
      planned_state: encodeValue(null, type),
      planned_private: req.prior_private,
      requires_replace: [],
      diagnostics: [],
    };
  }

  const { planned, requiresReplace } = planObject(
    { attributes: resource.schema.attributes, prior, proposed, config: config ?? {} },
    diags,
  );
  const replacePaths: AttrPath[] = [...requiresReplace];
  let finalPlan = planned;
  if (resource.modifyPlan) {
    const planModel = toModel(resource.schema, planned);
    await guarded(diags, `Planning ${req.type_name}`, () =>
      resource.modifyPlan!({
        plan: planModel,
        prior: prior ? (toModel(resource.schema, prior) as StateModel<Schema>) : null,
        config: toModel(resource.schema, config ?? {}),
        diagnostics: diags,
        requiresReplace: (path) => replacePaths.push(path),
        provider: ctx.providerData,
      }),
    );
    finalPlan = fromModel(resource.schema.attributes, planModel);
    for (const [name, spec] of Object.entries(resource.schema.attributes)) {
      if (spec.writeOnly) finalPlan[name] = null;
    }
  }
  return {
    planned_state: encodeValue(finalPlan, type),
    requires_replace: prior === null ? [] : replacePaths.map(pathToWire),
    planned_private: req.prior_private,
    planned_identity: identityOf(resource, toModel(resource.schema, finalPlan)),
    diagnostics: diagnosticsToWire(diags),
  };
}

export async function applyResourceChange<P>(
  ctx: ServerContext<P>,
  req: ApplyResourceChangeRequest,
): Promise<ApplyResourceChangeResponse> {
  const diags = new Diagnostics();
  const resource = ctx.resource(req.type_name, diags);
  if (!resource) return { diagnostics: diagnosticsToWire(diags) };
  const type = impliedType(resource.schema);
  const prior = decodeObject(req.prior_state, type, `${req.type_name} prior state`, diags);
  const planned = decodeObject(req.planned_state, type, `${req.type_name} planned state`, diags);
  const config = decodeObject(req.config, type, `${req.type_name} configuration`, diags);
  const provider = ctx.requireProviderData(diags);
  const keepPrior = (): ApplyResourceChangeResponse => ({
    new_state: req.prior_state ?? encodeValue(null, type),
    private: req.planned_private,
    diagnostics: diagnosticsToWire(diags),
  });
  if (prior === undefined || planned === undefined || config === undefined || provider === undefined)
    return keepPrior();

  const privateState = PrivateState.fromBytes(req.planned_private);
  const rctx = resourceContext(ctx, provider, diags, privateState);

  if (planned === null) {
    if (prior === null) return { new_state: encodeValue(null, type), diagnostics: [] };
    const done = await guarded(diags, `Deleting ${req.type_name}`, async () => {
      await resource.delete(toModel(resource.schema, prior) as StateModel<Schema>, rctx);
      return true;
    });
    if (!done || diags.hasError()) return keepPrior();
    return { new_state: encodeValue(null, type), diagnostics: diagnosticsToWire(diags) };
  }

  const plan = toModel(resource.schema, planned);
  const cfg = toModel(resource.schema, config ?? {});
  const result = await guarded(
    diags,
    prior === null ? `Creating ${req.type_name}` : `Updating ${req.type_name}`,
    () =>
      prior === null
        ? resource.create({ plan, config: cfg }, rctx)
        : resource.update(
            { plan, prior: toModel(resource.schema, prior) as StateModel<Schema>, config: cfg },
            rctx,
          ),
  );
  if (result === undefined || result === null) {
    if (!diags.hasError()) {
      diags.error(
        'Provider Returned No Object',
        `${req.type_name} did not return the object after ${prior === null ? 'create' : 'update'}. This is a bug in the provider.`,
      );
    }
    return keepPrior();
  }
  const value = stateValue(resource, result, diags);
  return {
    new_state: encodeValue(value, type),
    private: privateState.toBytes(),
    new_identity: identityOf(resource, toModel(resource.schema, value)),
    diagnostics: diagnosticsToWire(diags),
  };
}
