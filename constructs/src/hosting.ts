/**
 * Where `LitmosConductorOneIntegration` runs the ConductorOne connector for Litmos:
 * - `LitmosConnectorHosting.cloud(...)` (the default): ConductorOne runs it; the integration
 *   creates a `litmos_conductorone_connector`;
 * - `LitmosConnectorHosting.none()`: no connector here (run it elsewhere, for example in another
 *   stack with `SelfHostedLitmosConnector`);
 * - `new SelfHostedConnectorHosting(...)` from `@litmos-oss/cdktf-litmos/self-hosted`: in your
 *   Kubernetes cluster (that entry point is the only one that loads `@cdktf/provider-kubernetes`).
 */
import type { Construct, IConstruct } from 'constructs';
import { CloudHostedLitmosConnector, type ApiKeyDelivery } from './connector.js';
import type { LitmosSecret } from './secret.js';

/** What the integration hands to a hosting when it creates the connector. */
export interface ConnectorBindContext {
  /** The ConductorOne app ID (a token when the app is created in the same stack). */
  readonly appId: string;
  /** The Litmos source (account name). */
  readonly litmosSource: string;
  /** The Litmos API key for the connector. */
  readonly litmosApiKey: LitmosSecret;
  /** Litmos course IDs to sync; empty means all courses. */
  readonly syncCourseIds: readonly string[];
}

/** A place to run the connector. Implement it to run the connector somewhere else. */
export interface ILitmosConnectorHosting {
  /** For messages, e.g. `cloud`, `self-hosted`, `none`. */
  readonly kind: string;
  /** Whether the integration must pass a Litmos API key (false only for `none`). */
  readonly needsApiKey: boolean;
  /** Creates the connector under `scope` (the integration), or nothing. */
  bind(scope: Construct, context: ConnectorBindContext): IConstruct | undefined;
}

export interface CloudConnectorHostingOptions {
  /** @default 'write-only' */
  readonly apiKeyDelivery?: ApiKeyDelivery;
  /** With `write-only` delivery, bump to send a rotated key. @default 1 */
  readonly apiKeyVersion?: number;
  /** ConductorOne user IDs of the connector owners. @default - the calling identity */
  readonly ownerUserIds?: readonly string[];
}

/** The built-in hostings. */
export abstract class LitmosConnectorHosting {
  /** ConductorOne runs the connector in its cloud (`litmos_conductorone_connector`). */
  static cloud(options: CloudConnectorHostingOptions = {}): ILitmosConnectorHosting {
    return {
      kind: 'cloud',
      needsApiKey: true,
      bind: (scope, ctx) =>
        new CloudHostedLitmosConnector(scope, 'Connector', {
          appId: ctx.appId,
          litmosSource: ctx.litmosSource,
          litmosApiKey: ctx.litmosApiKey,
          syncCourseIds: ctx.syncCourseIds,
          apiKeyDelivery: options.apiKeyDelivery,
          apiKeyVersion: options.apiKeyVersion,
          ownerUserIds: options.ownerUserIds,
        }),
    };
  }

  /** No connector: only the Litmos side (and the ConductorOne app, if one is given). */
  static none(): ILitmosConnectorHosting {
    return { kind: 'none', needsApiKey: false, bind: () => undefined };
  }
}

/** True for an object that can host the connector (for callers without a type checker). */
export function isConnectorHosting(value: unknown): value is ILitmosConnectorHosting {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { bind?: unknown }).bind === 'function' &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}
