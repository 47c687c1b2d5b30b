/**
 * `SelfHostedConnectorHosting`: runs the integration's connector in Kubernetes
 * (`SelfHostedLitmosConnector`): a Baton connector on the integration's app with its owners, the
 * connector's client credential, and the Secret and Deployment of ConductorOne's self-hosted
 * setup. Exported from `@litmos-oss/cdktf-litmos/self-hosted`, the only entry point that loads
 * the optional peer `@cdktf/provider-kubernetes`.
 */
import type { Construct } from 'constructs';
import type { ConnectorBindContext, ILitmosConnectorHosting } from './hosting.js';
import { SelfHostedLitmosConnector, type SelfHostedLitmosConnectorProps } from './self-hosted.js';
import type { SelfHostedSettings } from './self-hosted-spec.js';

/** Everything `SelfHostedLitmosConnector` takes that the integration does not provide. */
export interface SelfHostedConnectorHostingProps
  extends
    SelfHostedSettings,
    Pick<
      SelfHostedLitmosConnectorProps,
      | 'ownerUserIds'
      | 'connectorDisplayName'
      | 'litmosApiKeyVersion'
      | 'credentialRotationTriggers'
      | 'secretDelivery'
      | 'createNamespace'
      | 'kubernetesProvider'
    > {}

export class SelfHostedConnectorHosting implements ILitmosConnectorHosting {
  readonly kind = 'self-hosted';
  readonly needsApiKey = true;

  constructor(private readonly props: SelfHostedConnectorHostingProps = {}) {}

  bind(scope: Construct, context: ConnectorBindContext): SelfHostedLitmosConnector {
    return new SelfHostedLitmosConnector(scope, 'SelfHosted', {
      ...this.props,
      conductorOneApp: { existingAppId: context.appId },
      litmosApiKey: context.litmosApiKey,
      litmosSource: context.litmosSource,
      syncCourseIds: context.syncCourseIds,
    });
  }
}
