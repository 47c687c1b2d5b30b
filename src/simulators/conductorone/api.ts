/**
 * The `/api/v1/...` routes of the simulator: apps, app owners, connectors, users, introspect.
 * Handlers return the JSON body of a 200 answer or throw `ApiError`.
 */
import type { IssuedToken } from './auth.js';
import { connectorResponse, renderApp, renderUser } from './render.js';
import { newId, type ConductorOneStore, type SimApp, type SimConnector } from './store.js';

/**
 * An error answer: HTTP status plus a Connect-style `{code, message}` body. ASSUMPTION: the API
 * document declares no error responses; facts §6 infer this shape from a ConductorOne test
 * fixture (`{"code":"invalid_argument"}` with 400) and the Connect status mapping.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const notFound = (what: string): ApiError => new ApiError(404, 'not_found', `${what} not found`);
const invalid = (message: string): ApiError => new ApiError(400, 'invalid_argument', message);

export interface RouteContext {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly caller: IssuedToken;
}

export interface ApiRoute {
  readonly method: string;
  /** Path template with `{name}` parameters, as in the OpenAPI spec. */
  readonly template: string;
  readonly handle: (ctx: RouteContext) => unknown;
}

const CONFIG_KEY = /^[a-zA-Z0-9_]{2,64}$/;
const CONNECTOR_MASK_PATHS = new Set(['config', 'displayName', 'description', 'userIds']);
const APP_TEXT_FIELDS = [
  'displayName',
  'description',
  'grantPolicyId',
  'revokePolicyId',
  'certifyPolicyId',
  'identityMatching',
  'instructions',
] as const;
const APP_MASK_PATHS = new Set<string>([
  ...APP_TEXT_FIELDS,
  'monthlyCostUsd',
  'strictAccessEntitlementProvisioning',
]);

/**
 * The paths of an `updateMask` (one comma-separated string). Protobuf JSON rejects paths that
 * are not lowerCamelCase (facts §2.1), and so does the simulator, as it does paths it does not
 * know.
 */
function maskPaths(value: unknown, known: ReadonlySet<string>): string[] {
  const text = optionalString(value, 'updateMask') ?? '';
  const paths = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const snake = paths.filter((p) => p.includes('_'));
  if (snake.length > 0) throw invalid(`updateMask: invalid path(s) ${snake.join(', ')} (use lowerCamelCase)`);
  const bad = paths.filter((p) => !known.has(p));
  if (bad.length > 0) throw invalid(`updateMask: unsupported path(s) ${bad.join(', ')}`);
  return paths;
}

export type ConfigMerge = 'per-key' | 'replace';

export function apiRoutes(
  store: ConductorOneStore,
  tenantId: string,
  configMerge: ConfigMerge = 'per-key',
): ApiRoute[] {
  const app = (id: string | undefined): SimApp => store.liveApp(id ?? '') ?? throwError(notFound('app'));
  const connector = (appId: string | undefined, id: string | undefined): SimConnector =>
    store.liveConnector(appId ?? '', id ?? '') ?? throwError(notFound('connector'));
  const knownUsers = (value: unknown, field: string): string[] => {
    const ids = stringList(value, field);
    const unknown = ids.filter((id) => !store.users.has(id));
    if (unknown.length > 0) throw invalid(`${field}: unknown user id(s) ${unknown.join(', ')}`);
    return [...new Set(ids)];
  };
  const renderedApp = (a: SimApp): unknown => ({ app: renderApp(a, store.users) });

  return [
    {
      method: 'GET',
      template: '/api/v1/auth/introspect',
      handle: ({ caller }) => ({
        principleId: caller.userId,
        userId: caller.userId,
        tenantId,
        roles: [],
        permissions: [],
        features: [],
      }),
    },
    // ---- apps ----
    {
      method: 'POST',
      template: '/api/v1/apps',
      handle: ({ body }) => {
        const input = record(body, 'body');
        const displayName = optionalString(input.displayName, 'displayName') ?? '';
        if (displayName.trim() === '') throw invalid('displayName is required');
        const at = store.timestamp();
        const created: SimApp = {
          id: newId(),
          displayName,
          description: optionalString(input.description, 'description') ?? '',
          grantPolicyId: optionalString(input.grantPolicyId, 'grantPolicyId') ?? '',
          revokePolicyId: optionalString(input.revokePolicyId, 'revokePolicyId') ?? '',
          certifyPolicyId: optionalString(input.certifyPolicyId, 'certifyPolicyId') ?? '',
          identityMatching:
            optionalString(input.identityMatching, 'identityMatching') ?? 'APP_USER_IDENTITY_MATCHING_STRICT',
          instructions: optionalString(input.instructions, 'instructions') ?? '',
          monthlyCostUsd: optionalNumber(input.monthlyCostUsd, 'monthlyCostUsd') ?? 0,
          strictAccessEntitlementProvisioning:
            optionalBoolean(
              input.strictAccessEntitlementProvisioning,
              'strictAccessEntitlementProvisioning',
            ) ?? false,
          ownerIds: input.owners === undefined ? [] : knownUsers(input.owners, 'owners'),
          createdAt: at,
          updatedAt: at,
        };
        store.apps.set(created.id, created);
        return renderedApp(created);
      },
    },
    { method: 'GET', template: '/api/v1/apps/{id}', handle: ({ params }) => renderedApp(app(params.id)) },
    {
      method: 'POST',
      template: '/api/v1/search/apps',
      handle: ({ body }) => {
        const input = record(body ?? {}, 'body');
        const name = (optionalString(input.displayName, 'displayName') ?? '').toLowerCase();
        const text = (optionalString(input.query, 'query') ?? '').toLowerCase();
        const matches = [...store.apps.values()].filter(
          (a) =>
            a.deletedAt === undefined &&
            (name === '' || a.displayName.toLowerCase() === name) &&
            (text === '' || `${a.displayName} ${a.description}`.toLowerCase().includes(text)),
        );
        const size = optionalNumber(input.pageSize, 'pageSize');
        const token = optionalString(input.pageToken, 'pageToken');
        return paginate(
          matches.map((a) => renderApp(a, store.users)),
          size === undefined ? null : String(size),
          token ?? null,
        );
      },
    },
    {
      method: 'POST',
      template: '/api/v1/apps/{id}',
      handle: ({ params, body }) => {
        const target = app(params.id);
        const request = record(body, 'body');
        const input = record(request.app, 'app');
        if (input.id !== undefined && input.id !== target.id) throw invalid('app.id does not match the path');
        // With a mask, exactly the named fields change (a named field left out is cleared); without
        // one, every field the body carries (ASSUMPTION: what the official provider relies on, as
        // it sends no mask, facts §3).
        const mask = maskPaths(request.updateMask, APP_MASK_PATHS);
        const paths = new Set(
          mask.length > 0 ? mask : Object.keys(input).filter((k) => APP_MASK_PATHS.has(k)),
        );
        for (const field of APP_TEXT_FIELDS) {
          if (!paths.has(field)) continue;
          const value = optionalString(input[field], `app.${field}`) ?? '';
          if (field === 'displayName' && value.trim() === '')
            throw invalid('app.displayName must not be empty');
          target[field] = value;
        }
        if (paths.has('monthlyCostUsd'))
          target.monthlyCostUsd = optionalNumber(input.monthlyCostUsd, 'app.monthlyCostUsd') ?? 0;
        if (paths.has('strictAccessEntitlementProvisioning'))
          target.strictAccessEntitlementProvisioning =
            optionalBoolean(
              input.strictAccessEntitlementProvisioning,
              'app.strictAccessEntitlementProvisioning',
            ) ?? false;
        target.updatedAt = store.timestamp();
        return renderedApp(target);
      },
    },
    {
      method: 'DELETE',
      template: '/api/v1/apps/{id}',
      handle: ({ params }) => {
        store.deleteApp(app(params.id));
        return {};
      },
    },
    // ---- app owners ----
    {
      method: 'GET',
      template: '/api/v1/apps/{app_id}/owners',
      handle: ({ params, query }) => {
        const owners = app(params.app_id).ownerIds.flatMap((id) => {
          const user = store.users.get(id);
          return user === undefined ? [] : [renderUser(user)];
        });
        return paginate(owners, query.get('page_size'), query.get('page_token'));
      },
    },
    {
      method: 'GET',
      template: '/api/v1/apps/{app_id}/ownerids',
      handle: ({ params }) => ({ userIds: [...app(params.app_id).ownerIds] }),
    },
    {
      method: 'PUT',
      template: '/api/v1/apps/{app_id}/owners',
      handle: ({ params, body }) => {
        const target = app(params.app_id);
        target.ownerIds = knownUsers(record(body, 'body').userIds ?? [], 'userIds');
        target.updatedAt = store.timestamp();
        return {};
      },
    },
    {
      method: 'POST',
      template: '/api/v1/apps/{app_id}/owners/{user_id}',
      handle: ({ params }) => {
        const target = app(params.app_id);
        const [userId] = knownUsers([params.user_id], 'user_id');
        if (userId !== undefined && !target.ownerIds.includes(userId)) target.ownerIds.push(userId);
        return {};
      },
    },
    {
      method: 'DELETE',
      template: '/api/v1/apps/{app_id}/owners/{user_id}',
      handle: ({ params }) => {
        const target = app(params.app_id);
        target.ownerIds = target.ownerIds.filter((id) => id !== params.user_id);
        return {};
      },
    },
    // ---- connectors ----
    {
      method: 'GET',
      template: '/api/v1/apps/{app_id}/connectors',
      handle: ({ params, query }) => {
        const list = store.connectorsOf(app(params.app_id).id).map((c) => connectorResponse(c).connectorView);
        return { ...paginate(list, query.get('page_size'), query.get('page_token')), expanded: [] };
      },
    },
    {
      method: 'POST',
      template: '/api/v1/apps/{app_id}/connectors/create',
      handle: ({ params, body, caller }) => {
        const target = app(params.app_id);
        const input = record(body, 'body');
        const config = parseConfig(input.config);
        if (config === undefined) throw invalid('config is required');
        const at = store.timestamp();
        const created: SimConnector = {
          id: newId(),
          appId: target.id,
          catalogId: requiredString(input.catalogId, 'catalogId'),
          displayName: '',
          description: optionalString(input.description, 'description') ?? '',
          userIds: ownersOrCaller(knownUsers(input.userIds ?? [], 'userIds'), caller),
          configType: config.type,
          configuration: config.values,
          createdAt: at,
          updatedAt: at,
          configUpdatedAt: at,
        };
        store.connectors.set(created.id, created);
        return connectorResponse(created);
      },
    },
    {
      method: 'POST',
      template: '/api/v1/apps/{app_id}/connectors',
      handle: ({ params, body, caller }) => {
        const target = app(params.app_id);
        const input = record(body, 'body');
        const at = store.timestamp();
        const created: SimConnector = {
          id: newId(),
          appId: target.id,
          catalogId: requiredString(input.catalogId, 'catalogId'),
          displayName: optionalString(input.displayName, 'displayName') ?? '',
          description: optionalString(input.description, 'description') ?? '',
          userIds: ownersOrCaller(knownUsers(input.userIds ?? [], 'userIds'), caller),
          configuration: {},
          createdAt: at,
          updatedAt: at,
        };
        store.connectors.set(created.id, created);
        return connectorResponse(created);
      },
    },
    {
      method: 'GET',
      template: '/api/v1/apps/{app_id}/connectors/{id}',
      handle: ({ params }) => connectorResponse(connector(params.app_id, params.id)),
    },
    {
      method: 'POST',
      template: '/api/v1/apps/{app_id}/connectors/{id}',
      handle: ({ params, body }) => updateConnector(connector(params.app_id, params.id), body),
    },
    {
      method: 'POST',
      template: '/api/v1/apps/{connector_app_id}/connectors/{connector_id}/delegated',
      handle: ({ params, body }) =>
        updateConnector(connector(params.connector_app_id, params.connector_id), body),
    },
    {
      // Soft delete. ASSUMPTION (facts §7.8, unconfirmed): later reads of a deleted connector
      // answer 404 not_found, as `liveConnector` finds nothing; the client treats that and a
      // connector with `deletedAt` set alike.
      method: 'DELETE',
      template: '/api/v1/apps/{app_id}/connectors/{id}',
      handle: ({ params }) => {
        connector(params.app_id, params.id).deletedAt = store.timestamp();
        return {};
      },
    },
    {
      // Set replaces all owners for the connector and role (facts §2.10). Connector owners and
      // the v1 `userIds` are one list here (ASSUMPTION: no source relates them).
      method: 'PUT',
      template: '/api/v2/apps/{app_id}/connectors/{connector_id}/owners',
      handle: ({ params, body }) => {
        const target = connector(params.app_id, params.connector_id);
        const input = record(body, 'body');
        requiredString(input.roleSlug, 'roleSlug');
        if (input.appEntitlementRefs !== undefined && !Array.isArray(input.appEntitlementRefs))
          throw invalid('appEntitlementRefs must be a list');
        const refs = input.userRefs ?? [];
        if (!Array.isArray(refs)) throw invalid('userRefs must be a list');
        const ids = refs.map((ref, i) =>
          requiredString(record(ref, `userRefs[${i}]`).id, `userRefs[${i}].id`),
        );
        const owners = knownUsers(ids, 'userRefs');
        if (owners.length === 0) throw invalid('userRefs: a connector needs an owner');
        target.userIds = owners;
        target.updatedAt = store.timestamp();
        return {};
      },
    },
    // ---- users ----
    {
      method: 'GET',
      template: '/api/v1/users',
      handle: ({ query }) =>
        paginate(
          [...store.users.values()].map((u) => ({ user: renderUser(u) })),
          query.get('page_size'),
          query.get('page_token'),
        ),
    },
    {
      method: 'GET',
      template: '/api/v1/users/{id}',
      handle: ({ params }) => {
        const user = store.users.get(params.id ?? '') ?? throwError(notFound('user'));
        return { userView: { user: renderUser(user) } };
      },
    },
    {
      method: 'POST',
      template: '/api/v1/search/users',
      handle: ({ body }) => {
        const input = record(body ?? {}, 'body');
        const text = (optionalString(input.query, 'query') ?? '').toLowerCase();
        const email = (optionalString(input.email, 'email') ?? '').toLowerCase();
        const matches = [...store.users.values()].filter(
          (u) =>
            (text === '' || `${u.displayName} ${u.email}`.toLowerCase().includes(text)) &&
            (email === '' || u.email.toLowerCase() === email),
        );
        const size = optionalNumber(input.pageSize, 'pageSize');
        const token = optionalString(input.pageToken, 'pageToken');
        return paginate(
          matches.map((u) => ({ user: renderUser(u) })),
          size === undefined ? null : String(size),
          token ?? null,
        );
      },
    },
  ];

  function updateConnector(target: SimConnector, body: unknown): unknown {
    const input = record(body, 'body');
    const patch = record(input.connector, 'connector');
    if (patch.id !== undefined && patch.id !== target.id)
      throw invalid('connector.id does not match the path');
    if (patch.appId !== undefined && patch.appId !== target.appId)
      throw invalid('connector.appId does not match the path');
    const mask = maskPaths(input.updateMask, CONNECTOR_MASK_PATHS);
    // An empty mask updates every field the body carries (ASSUMPTION, as for apps).
    const paths =
      mask.length > 0
        ? new Set(mask)
        : new Set(Object.keys(patch).filter((k) => CONNECTOR_MASK_PATHS.has(k)));
    const at = store.timestamp();
    if (paths.has('config')) {
      const config = parseConfig(patch.config);
      if (config === undefined) throw invalid('updateMask names config but connector.config is missing');
      // Key by key (facts §2.6, INFERENCE for Litmos): a key sent replaces the stored value, an
      // empty value deletes it, a key left out (the secret included) is kept.
      // With `configMerge: 'replace'`, the body's configuration replaces the stored one whole.
      const merged = configMerge === 'per-key' ? { ...target.configuration } : {};
      for (const [key, value] of Object.entries(config.values)) {
        if (value === '' && configMerge === 'per-key') delete merged[key];
        else merged[key] = value;
      }
      target.configType = config.type;
      target.configuration = merged;
      target.configUpdatedAt = at;
    }
    if (paths.has('displayName'))
      target.displayName = optionalString(patch.displayName, 'connector.displayName') ?? '';
    if (paths.has('description'))
      target.description = optionalString(patch.description, 'connector.description') ?? '';
    if (paths.has('userIds')) target.userIds = knownUsers(patch.userIds ?? [], 'connector.userIds');
    target.updatedAt = at;
    return connectorResponse(target);
  }
}

function ownersOrCaller(userIds: string[], caller: IssuedToken): string[] {
  return userIds.length > 0 ? userIds : [caller.userId];
}

/** `{"@type", configuration: {key: {stringValue} | string}}` → type + plain values. */
function parseConfig(value: unknown): { type: string; values: Record<string, string> } | undefined {
  if (value === undefined || value === null) return undefined;
  const config = record(value, 'config');
  const type = config['@type'];
  if (typeof type !== 'string' || type === '') throw invalid('config.@type is required');
  const values: Record<string, string> = {};
  const configuration =
    config.configuration === undefined ? {} : record(config.configuration, 'config.configuration');
  for (const [key, raw] of Object.entries(configuration)) {
    if (!CONFIG_KEY.test(key) || key.startsWith('C1_'))
      throw invalid(`config key "${key}" is not a valid field name`);
    if (typeof raw === 'string') values[key] = raw;
    else if (
      typeof raw === 'object' &&
      raw !== null &&
      typeof (raw as Record<string, unknown>).stringValue === 'string'
    ) {
      values[key] = (raw as Record<string, string>).stringValue ?? '';
    } else throw invalid(`config key "${key}" must hold a stringValue`);
  }
  return { type, values };
}

/** Offset paging: `page_size` clamped to 10..100 (default 25); the token is the next offset. */
export function paginate<T>(
  items: readonly T[],
  pageSize: string | null,
  pageToken: string | null,
): { list: T[]; nextPageToken: string } {
  const requested = pageSize === null || pageSize === '' ? 25 : Number(pageSize);
  const size = Math.min(100, Math.max(10, Number.isFinite(requested) ? Math.floor(requested) : 25));
  const start = pageToken === null || pageToken === '' ? 0 : Number(pageToken);
  if (!Number.isInteger(start) || start < 0) throw invalid('page_token is not valid');
  const end = start + size;
  return { list: items.slice(start, end), nextPageToken: end < items.length ? String(end) : '' };
}

function throwError(error: ApiError): never {
  throw error;
}

function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid(`${field} must be an object`);
  return value as Record<string, unknown>;
}

function requiredString(value: unknown, field: string): string {
  const text = optionalString(value, field);
  if (text === undefined || text === '') throw invalid(`${field} is required`);
  return text;
}

function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid(`${field} must be a string`);
  return value;
}

function optionalNumber(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(`${field} must be a number`);
  return value;
}

function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalid(`${field} must be a boolean`);
  return value;
}

function stringList(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw invalid(`${field} must be a list of strings`);
  }
  return value;
}
