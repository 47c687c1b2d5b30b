/**
 * `SelfHostedConnectorHosting`: runs the integration's connector in Kubernetes
 * (`SelfHostedLitmosConnector`). Exported from `@litmos-oss/cdktf-litmos/self-hosted`, the only
 * entry point that loads the optional peer `@cdktf/provider-kubernetes`.
 */
import type { Construct } from 'constructs';
import type { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider/index.js';
import type { ConnectorBindContext, ILitmosConnectorHosting } from './hosting.js';
import type { LitmosSecret } from './secret.js';
import { SelfHostedLitmosConnector } from './self-hosted.js';
import type { SelfHostedSettings } from './self-hosted-spec.js';

export interface SelfHostedConnectorHostingProps extends SelfHostedSettings {
  /** The ConductorOne connector client ID (`BATON_CLIENT_ID`); not a secret. */
  readonly conductorOneClientId: string;
  /** The ConductorOne connector client secret (`BATON_CLIENT_SECRET`). */
  readonly conductorOneClientSecret: LitmosSecret;
  /** Bump to push rotated values into the Secret. @default 1 */
  readonly secretRevision?: number;
  /** @default - the stack's default kubernetes provider */
  readonly kubernetesProvider?: KubernetesProvider;
}

export class SelfHostedConnectorHosting implements ILitmosConnectorHosting {
  readonly kind = 'self-hosted';
  readonly needsApiKey = true;

  constructor(private readonly props: SelfHostedConnectorHostingProps) {}

  bind(scope: Construct, context: ConnectorBindContext): SelfHostedLitmosConnector {
    return new SelfHostedLitmosConnector(scope, 'SelfHosted', {
      ...this.props,
      litmosApiKey: context.litmosApiKey,
      litmosSource: context.litmosSource,
      syncCourseIds: context.syncCourseIds,
    });
  }
}
