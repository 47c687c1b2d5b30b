/**
 * The ConductorOne REST client: apps, app owners, connectors and users, over one transport and
 * one token source. Options are checked once, in the constructor.
 */
import {
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_RESPONSE_BYTES,
  encodePathSegment,
  UnsafePathSegmentError,
} from '../net/index.js';
import { configError, ConductorOneError, isConductorOneError, isNotFound } from './errors.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import { audienceFor, resolveServerUrl } from './server-url.js';
import { ClientCredentialsTokenSource, StaticTokenSource, type TokenSource } from './token-source.js';
import { Transport, type TransportRequest } from './transport.js';
import type {
  App,
  AppInput,
  Connector,
  ConnectorConfig,
  ConnectorInput,
  ConnectorUpdatePath,
  CreateAppRequest,
  CreateConnectorRequest,
  CreateDelegatedConnectorRequest,
  Page,
  User,
} from './types.js';

export interface ConductorOneClientOptions {
  /** Tenant name or domain (`acme`, `acme.conductor.one`); wins over `serverUrl`. */
  readonly tenant?: string;
  /**
   * Base URL of the API. `http://` only for loopback hosts.
   * @default - derived from `tenant`, else from the host inside `clientId`
   */
  readonly serverUrl?: string;
  /** Client ID `<id>@<host>/<kind>`; required with `clientSecret`. */
  readonly clientId?: string;
  /** `secret-token:conductorone.com:v1:<key>`; required with `clientId`. */
  readonly clientSecret?: string;
  /**
   * A static bearer token; when set, no token is minted and client credentials are ignored.
   * @default - tokens are minted from the client credentials
   */
  readonly accessToken?: string;
  /** @default - 5 retries, 1 s base delay doubling, at most 30 s per wait */
  readonly retry?: Partial<RetryPolicy>;
  /** @default 30000 */
  readonly timeoutMs?: number;
  /** Refresh a minted token this long before it expires. @default 10000 */
  readonly tokenRefreshMarginMs?: number;
  /** @default 'terraform-provider-litmos' */
  readonly userAgent?: string;
  /** Clock, for tests. @default Date.now */
  readonly now?: () => number;
  /** How to wait between retries, for tests. @default a timer */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Largest response body accepted, counted after decompression. @default 32 MiB */
  readonly maxResponseBytes?: number;
  /** Most pages one listing reads before failing. @default 10000 */
  readonly maxPages?: number;
}

const KNOWN_OPTIONS = new Set<string>([
  'tenant',
  'serverUrl',
  'clientId',
  'clientSecret',
  'accessToken',
  'retry',
  'timeoutMs',
  'tokenRefreshMarginMs',
  'userAgent',
  'now',
  'sleep',
  'maxResponseBytes',
  'maxPages',
]);

const SECRET_KEY = /key|secret|password|token/i;

/**
 * The `roleSlug` of `PUT …/connectors/{id}/owners`. ASSUMPTION: the API document marks the field
 * required but lists no values (facts §2.10); "owner" names the one role a connector has.
 */
export const CONNECTOR_OWNER_ROLE_SLUG = 'owner';

export class ConductorOneClient {
  readonly serverUrl: string;
  private readonly transport: Transport;
  private readonly tokens: TokenSource;
  private readonly maxPages: number;

  constructor(options: ConductorOneClientOptions) {
    for (const key of Object.keys(options)) {
      if (!KNOWN_OPTIONS.has(key)) throw configError(`unexpected option "${key}"`);
    }
    this.serverUrl = resolveServerUrl(options);
    const now = options.now ?? Date.now;
    this.transport = new Transport({
      baseUrl: this.serverUrl,
      retry: retryPolicyFrom(options.retry),
      timeoutMs: positiveNumber('timeoutMs', options.timeoutMs, 30_000),
      userAgent: options.userAgent ?? 'terraform-provider-litmos',
      now,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      maxResponseBytes: positiveNumber(
        'maxResponseBytes',
        options.maxResponseBytes,
        DEFAULT_MAX_RESPONSE_BYTES,
      ),
    });
    this.maxPages = positiveNumber('maxPages', options.maxPages, DEFAULT_MAX_PAGES);
    this.tokens = this.tokenSourceFrom(options, now);
  }

  private tokenSourceFrom(options: ConductorOneClientOptions, now: () => number): TokenSource {
    const accessToken = options.accessToken?.trim();
    if (accessToken !== undefined && accessToken !== '') {
      this.transport.secrets.pin(accessToken);
      return new StaticTokenSource(accessToken);
    }
    const { clientId, clientSecret } = options;
    if (
      clientId === undefined ||
      clientId.trim() === '' ||
      clientSecret === undefined ||
      clientSecret.trim() === ''
    ) {
      throw configError('set either an access token, or both a client ID and a client secret');
    }
    return new ClientCredentialsTokenSource({
      clientId: clientId.trim(),
      clientSecret: clientSecret.trim(),
      audience: audienceFor(this.serverUrl),
      transport: this.transport,
      now,
      refreshMarginMs: nonNegativeNumber('tokenRefreshMarginMs', options.tokenRefreshMarginMs, 10_000),
    });
  }

  /** Checks the credentials by fetching a token now rather than on the first call. */
  async verifyCredentials(): Promise<void> {
    await this.tokens.token();
  }

  // ---- apps ----

  async createApp(request: CreateAppRequest): Promise<App> {
    return appFrom(
      await this.call({ method: 'POST', path: '/api/v1/apps', json: request }),
      'POST /api/v1/apps',
    );
  }

  /**
   * One page of `POST /api/v1/search/apps`. `displayName` matches the whole name without regard
   * to case; `query` is ConductorOne's fuzzy search over names and descriptions.
   */
  async searchApps(
    filter: { readonly displayName?: string; readonly query?: string } = {},
    page: { readonly pageSize?: number; readonly pageToken?: string } = {},
  ): Promise<Page<App>> {
    const path = '/api/v1/search/apps';
    const body = await this.call({
      method: 'POST',
      path,
      idempotent: true, // a search changes nothing
      json: {
        ...filter,
        pageSize: page.pageSize ?? 100,
        ...(page.pageToken ? { pageToken: page.pageToken } : {}),
      },
    });
    return pageFrom(body, isApp, `POST ${path}`);
  }

  /** Every app matching `filter` (all pages). */
  async listApps(filter: { readonly displayName?: string; readonly query?: string } = {}): Promise<App[]> {
    return this.collectPages((pageToken) => this.searchApps(filter, { pageToken }));
  }

  /** The app, or a `NOT_FOUND` error. */
  async getApp(id: string): Promise<App> {
    const path = `/api/v1/apps/${segment(id)}`;
    return appFrom(await this.call({ method: 'GET', path }), `GET ${path}`);
  }

  /**
   * Updates the fields given in `app`, and only those: every field present is named in the
   * `updateMask`, so one set to `""` is cleared and one left out is kept. The ID travels in the
   * path only (`App.id` is read-only in the API's schema).
   */
  async updateApp(id: string, app: Partial<AppInput>): Promise<App> {
    const path = `/api/v1/apps/${segment(id)}`;
    const fields = Object.fromEntries(Object.entries(app).filter(([, v]) => v !== undefined));
    const updateMask = Object.keys(fields).join(',');
    if (updateMask === '') throw configError(`POST ${path}: nothing to update`);
    return appFrom(
      await this.call({ method: 'POST', path, json: { app: fields, updateMask }, idempotent: true }),
      `POST ${path}`,
    );
  }

  /** Deletes the app; an app that is already gone counts as deleted. */
  async deleteApp(id: string): Promise<void> {
    try {
      await this.call({ method: 'DELETE', path: `/api/v1/apps/${segment(id)}` });
    } catch (error: unknown) {
      if (!isNotFound(error)) throw error;
    }
  }

  /** Every owner of the app (all pages). */
  async listAppOwners(appId: string): Promise<User[]> {
    const path = `/api/v1/apps/${segment(appId)}/owners`;
    return this.collectPages((pageToken) =>
      this.call({ method: 'GET', path, query: { page_size: 100, page_token: pageToken } }).then((body) =>
        pageFrom(body, isUser, `GET ${path}`),
      ),
    );
  }

  /** Replaces the app's owners with exactly `userIds`. */
  async setAppOwners(appId: string, userIds: readonly string[]): Promise<void> {
    await this.call({ method: 'PUT', path: `/api/v1/apps/${segment(appId)}/owners`, json: { userIds } });
  }

  async addAppOwner(appId: string, userId: string): Promise<void> {
    await this.call({
      method: 'POST',
      path: `/api/v1/apps/${segment(appId)}/owners/${segment(userId)}`,
      json: {},
    });
  }

  async removeAppOwner(appId: string, userId: string): Promise<void> {
    await this.call({ method: 'DELETE', path: `/api/v1/apps/${segment(appId)}/owners/${segment(userId)}` });
  }

  // ---- connectors ----

  /** Creates a configured connector (`…/connectors/create`). */
  async createConnector(appId: string, request: CreateConnectorRequest): Promise<Connector> {
    const path = `/api/v1/apps/${segment(appId)}/connectors/create`;
    const body = await this.call({
      method: 'POST',
      path,
      json: withoutEmptyUserIds(request),
      secrets: configSecrets(request.config),
    });
    return connectorFrom(body, `POST ${path}`);
  }

  /** Creates a connector that still waits for its configuration (`…/connectors`). */
  async createDelegatedConnector(
    appId: string,
    request: CreateDelegatedConnectorRequest,
  ): Promise<Connector> {
    const path = `/api/v1/apps/${segment(appId)}/connectors`;
    return connectorFrom(
      await this.call({ method: 'POST', path, json: withoutEmptyUserIds(request) }),
      `POST ${path}`,
    );
  }

  /** Every connector of the app (all pages), deleted ones included when the API lists them. */
  async listConnectors(appId: string): Promise<Connector[]> {
    const path = `/api/v1/apps/${segment(appId)}/connectors`;
    return this.collectPages((pageToken) =>
      this.call({ method: 'GET', path, query: { page_size: 100, page_token: pageToken } }).then((body) =>
        pageFrom(body, isConnectorView, `GET ${path}`, (view) => view.connector),
      ),
    );
  }

  /** The connector (possibly with `deletedAt` set), or a `NOT_FOUND` error. */
  async getConnector(appId: string, id: string): Promise<Connector> {
    const path = `/api/v1/apps/${segment(appId)}/connectors/${segment(id)}`;
    return connectorFrom(await this.call({ method: 'GET', path }), `GET ${path}`);
  }

  /** Updates the fields named in `updateMask` (`POST …/connectors/{id}`). */
  async updateConnector(
    connector: ConnectorInput,
    updateMask: readonly ConnectorUpdatePath[],
  ): Promise<Connector> {
    const path = `/api/v1/apps/${segment(connector.appId)}/connectors/${segment(connector.id)}`;
    return this.sendUpdate(path, connector, updateMask);
  }

  /** The delegated update (`POST …/connectors/{id}/delegated`), used for owners and display name. */
  async updateDelegatedConnector(
    connector: ConnectorInput,
    updateMask: readonly ConnectorUpdatePath[],
  ): Promise<Connector> {
    const path = `/api/v1/apps/${segment(connector.appId)}/connectors/${segment(connector.id)}/delegated`;
    return this.sendUpdate(path, connector, updateMask);
  }

  private async sendUpdate(
    path: string,
    connector: ConnectorInput,
    updateMask: readonly ConnectorUpdatePath[],
  ): Promise<Connector> {
    if (updateMask.length === 0) throw configError(`POST ${path}: the update mask is empty`);
    const body = await this.call({
      method: 'POST',
      path,
      json: { connector: withoutEmptyUserIds(connector), updateMask: [...new Set(updateMask)].join(',') },
      secrets: configSecrets(connector.config),
      // The same update sent twice leaves the same connector.
      idempotent: true,
    });
    return connectorFrom(body, `POST ${path}`);
  }

  /**
   * Replaces the connector's owners (`PUT /api/v2/apps/{app_id}/connectors/{connector_id}/owners`,
   * the owners API official clients use; the v1 delegated update is for connectors that still
   * wait for their configuration).
   */
  async setConnectorOwners(appId: string, connectorId: string, userIds: readonly string[]): Promise<void> {
    await this.call({
      method: 'PUT',
      path: `/api/v2/apps/${segment(appId)}/connectors/${segment(connectorId)}/owners`,
      json: { roleSlug: CONNECTOR_OWNER_ROLE_SLUG, userRefs: userIds.map((id) => ({ id })) },
    });
  }

  /** Deletes the connector (body `{}`, as the API expects). A 404 is an error here. */
  async deleteConnector(appId: string, id: string): Promise<void> {
    await this.call({
      method: 'DELETE',
      path: `/api/v1/apps/${segment(appId)}/connectors/${segment(id)}`,
      json: {},
    });
  }

  // ---- users ----

  /** One page of `POST /api/v1/search/users`. */
  async searchUsers(
    filter: { readonly query?: string; readonly email?: string } = {},
    page: { readonly pageSize?: number; readonly pageToken?: string } = {},
  ): Promise<Page<User>> {
    const path = '/api/v1/search/users';
    const body = await this.call({
      method: 'POST',
      path,
      idempotent: true, // a search changes nothing
      json: {
        ...filter,
        pageSize: page.pageSize ?? 100,
        ...(page.pageToken ? { pageToken: page.pageToken } : {}),
      },
    });
    return pageFrom(body, isUserView, `POST ${path}`, (view) => view.user);
  }

  /** Every user matching `filter` (all pages). */
  async listUsers(filter: { readonly query?: string; readonly email?: string } = {}): Promise<User[]> {
    return this.collectPages((pageToken) => this.searchUsers(filter, { pageToken }));
  }

  // ---- plumbing ----

  private async collectPages<T>(
    fetchPage: (pageToken: string | undefined) => Promise<Page<T>>,
  ): Promise<T[]> {
    const all: T[] = [];
    const seen = new Set<string>();
    let pageToken: string | undefined;
    let pagesRead = 0;
    do {
      if (pagesRead++ >= this.maxPages) {
        throw new ConductorOneError(
          'SERVER',
          `a ConductorOne listing did not end within ${this.maxPages} pages`,
        );
      }
      const page = await fetchPage(pageToken);
      all.push(...page.list);
      pageToken = page.nextPageToken === '' ? undefined : page.nextPageToken;
      if (pageToken !== undefined) {
        if (seen.has(pageToken))
          throw new ConductorOneError('SERVER', 'ConductorOne returned a repeating page token');
        seen.add(pageToken);
      }
    } while (pageToken !== undefined);
    return all;
  }

  /**
   * Sends with a bearer token; a 401 on a minted token fetches a fresh one and tries once more.
   * @internal for the call modules beside this file (baton.ts); resources use the named methods.
   */
  async call(request: Omit<TransportRequest, 'authorization'>): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      const token = await this.tokens.token();
      try {
        return await this.transport.send({ ...request, authorization: `Bearer ${token}` });
      } catch (error: unknown) {
        const retryable =
          attempt === 1 &&
          this.tokens.refreshable &&
          isConductorOneError(error) &&
          error.code === 'UNAUTHENTICATED';
        if (!retryable) throw error;
        this.tokens.invalidate();
      }
    }
  }
}

function retryPolicyFrom(retry: Partial<RetryPolicy> | undefined): RetryPolicy {
  return {
    maxRetries: nonNegativeNumber('retry.maxRetries', retry?.maxRetries, DEFAULT_RETRY_POLICY.maxRetries),
    baseDelayMs: nonNegativeNumber('retry.baseDelayMs', retry?.baseDelayMs, DEFAULT_RETRY_POLICY.baseDelayMs),
    maxDelayMs: nonNegativeNumber('retry.maxDelayMs', retry?.maxDelayMs, DEFAULT_RETRY_POLICY.maxDelayMs),
  };
}

function nonNegativeNumber(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw configError(`option "${name}" must be a non-negative number`);
  }
  return value;
}

function positiveNumber(name: string, value: number | undefined, fallback: number): number {
  const n = nonNegativeNumber(name, value, fallback);
  if (n === 0) throw configError(`option "${name}" must be greater than zero`);
  return n;
}

/** One encoded path segment; an empty, `.` or `..` ID is refused before anything is sent. */
function segment(value: string): string {
  try {
    return encodePathSegment(value);
  } catch (e: unknown) {
    if (e instanceof UnsafePathSegmentError) {
      throw new ConductorOneError('INVALID_ARGUMENT', `ConductorOne request refused: ${e.message}`);
    }
    throw e;
  }
}

/** The API's clients leave an empty `userIds` out, so the server applies its default owner. */
function withoutEmptyUserIds<T extends { readonly userIds?: readonly string[] }>(body: T): T {
  if (body.userIds === undefined || body.userIds.length > 0) return body;
  const copy: Record<string, unknown> = { ...body };
  delete copy.userIds;
  return copy as T;
}

/** String values of config keys that look secret, so no error message can echo them. */
function configSecrets(config: ConnectorConfig | undefined): string[] {
  if (config === undefined || !isRecord(config.configuration)) return [];
  const secrets: string[] = [];
  for (const [key, value] of Object.entries(config.configuration)) {
    if (!SECRET_KEY.test(key)) continue;
    if (typeof value === 'string') secrets.push(value);
    else if (isRecord(value) && typeof value.stringValue === 'string') secrets.push(value.stringValue);
  }
  return secrets;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function malformed(where: string, what: string): ConductorOneError {
  return new ConductorOneError('SERVER', `ConductorOne ${where} returned a malformed response: ${what}`, {
    status: 200,
  });
}

function appFrom(body: unknown, where: string): App {
  const app = isRecord(body) ? body.app : undefined;
  if (!isRecord(app) || typeof app.id !== 'string' || app.id === '') throw malformed(where, 'no app.id');
  return app as unknown as App;
}

function connectorFrom(body: unknown, where: string): Connector {
  const view = isRecord(body) ? body.connectorView : undefined;
  const connector = isRecord(view) ? view.connector : undefined;
  if (!isRecord(connector) || typeof connector.id !== 'string' || typeof connector.appId !== 'string') {
    throw malformed(where, 'no connectorView.connector with id and appId');
  }
  if (connector.config !== undefined && connector.config !== null) {
    if (!isRecord(connector.config) || typeof connector.config['@type'] !== 'string') {
      throw malformed(where, 'connector.config has no @type');
    }
  }
  return connector as unknown as Connector;
}

function isConnectorView(value: unknown): value is { connector: Connector } {
  if (!isRecord(value) || !isRecord(value.connector)) return false;
  return typeof value.connector.id === 'string' && typeof value.connector.appId === 'string';
}

function isApp(value: unknown): value is App {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    value.id !== '' &&
    typeof value.displayName === 'string'
  );
}

function isUser(value: unknown): value is User {
  return isRecord(value) && typeof value.id === 'string';
}

function isUserView(value: unknown): value is { user: User } {
  return isRecord(value) && isUser(value.user);
}

function pageFrom<R, T = R>(
  body: unknown,
  isItem: (value: unknown) => value is R,
  where: string,
  map: (item: R) => T = (item) => item as unknown as T,
): Page<T> {
  if (!isRecord(body)) throw malformed(where, 'not an object');
  const list = body.list ?? [];
  if (!Array.isArray(list) || !list.every(isItem)) throw malformed(where, 'list has unexpected items');
  const next = body.nextPageToken;
  return { list: list.map(map), nextPageToken: typeof next === 'string' ? next : '' };
}
