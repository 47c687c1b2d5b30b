/**
 * The simulator's in-memory state: users, apps, connectors. Plain records that tests may read
 * (and adjust) directly; the HTTP layer renders them into API JSON.
 */
import { randomBytes } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A 27-character base62 ID, shaped like the KSUIDs ConductorOne uses. */
export function newId(): string {
  const bytes = randomBytes(27);
  let id = '';
  for (const byte of bytes) id += BASE62[byte % 62];
  return id;
}

export interface SimUser {
  readonly id: string;
  email: string;
  displayName: string;
  status: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface SimApp {
  readonly id: string;
  displayName: string;
  description: string;
  grantPolicyId: string;
  revokePolicyId: string;
  certifyPolicyId: string;
  identityMatching: string;
  instructions: string;
  monthlyCostUsd: number;
  strictAccessEntitlementProvisioning: boolean;
  ownerIds: string[];
  readonly createdAt: string;
  updatedAt: string;
  deletedAt?: string;
}

export interface SimConnector {
  readonly id: string;
  readonly appId: string;
  catalogId: string;
  displayName: string;
  description: string;
  userIds: string[];
  /** `@type` of the stored config; absent for a connector still waiting for its config. */
  configType?: string;
  /** Raw config values, secrets included (never rendered back). */
  configuration: Record<string, string>;
  readonly createdAt: string;
  updatedAt: string;
  configUpdatedAt?: string;
  deletedAt?: string;
}

export class ConductorOneStore {
  readonly users = new Map<string, SimUser>();
  readonly apps = new Map<string, SimApp>();
  readonly connectors = new Map<string, SimConnector>();

  constructor(private readonly now: () => number = Date.now) {}

  timestamp(): string {
    return new Date(this.now()).toISOString();
  }

  addUser(fields: { email: string; displayName: string; id?: string }): SimUser {
    const at = this.timestamp();
    const user: SimUser = {
      id: fields.id ?? newId(),
      email: fields.email,
      displayName: fields.displayName,
      status: 'ENABLED',
      createdAt: at,
      updatedAt: at,
    };
    this.users.set(user.id, user);
    return user;
  }

  /** A live (not deleted) app. */
  liveApp(id: string): SimApp | undefined {
    const app = this.apps.get(id);
    return app === undefined || app.deletedAt !== undefined ? undefined : app;
  }

  /** A live connector of a live app. */
  liveConnector(appId: string, id: string): SimConnector | undefined {
    const connector = this.connectors.get(id);
    if (connector === undefined || connector.appId !== appId || connector.deletedAt !== undefined)
      return undefined;
    return this.liveApp(appId) === undefined ? undefined : connector;
  }

  connectorsOf(appId: string): SimConnector[] {
    return [...this.connectors.values()].filter((c) => c.appId === appId && c.deletedAt === undefined);
  }

  /** Soft-deletes the app and its connectors. */
  deleteApp(app: SimApp): void {
    const at = this.timestamp();
    app.deletedAt = at;
    for (const connector of this.connectorsOf(app.id)) connector.deletedAt = at;
  }
}
