/**
 * The self-hosted twin of the cloud-hosted example: ConductorOne's self-hosted Litmos setup as one
 * stack, with the document's defaults. Step 1 makes the ConductorOne app, a Baton connector on it
 * and the connector's client credential; steps 2 and 3 make the Secret `baton-litmos-secrets` and
 * the Deployment `baton-litmos` in the namespace `conductorone` (created here). Step 4 is the
 * `verify` output: `kubectl -n conductorone logs -l app=baton-litmos`.
 *
 * The kubernetes provider reads the cluster from KUBE_CONFIG_PATH (or its other settings); the
 * Litmos API key comes from the sensitive variable `litmos_api_key_for_connector` and reaches the
 * Secret write-only (Terraform >= 1.11).
 */
import { LocalBackend, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider/index.js';
import type { Construct } from 'constructs';
// In your own project: from '@litmos-oss/cdktf-litmos'.
import { LitmosCourse, LitmosSecret, provider } from '../../constructs/src/index.js';
// In your own project: from '@litmos-oss/cdktf-litmos/self-hosted'.
import { SelfHostedLitmosConnector } from '../../constructs/src/self-hosted-entry.js';

export class LitmosSelfHostedStack extends TerraformStack {
  readonly connector: SelfHostedLitmosConnector;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: 'terraform.tfstate' });
    new provider.LitmosProvider(this, 'litmos', {});
    new KubernetesProvider(this, 'kubernetes', {});
    const apiKey = new TerraformVariable(this, 'litmos_api_key_for_connector', {
      type: 'string',
      sensitive: true,
      description: 'The Litmos API key the self-hosted connector (baton-litmos) uses.',
    });
    const source = new TerraformVariable(this, 'litmos_source', {
      type: 'string',
      default: 'terraform-provider-litmos',
      description: 'The Litmos source: the name of the Litmos account.',
    });
    const security = LitmosCourse.fromName(this, 'security-awareness', 'Security Awareness');
    this.connector = new SelfHostedLitmosConnector(this, 'litmos-self-hosted', {
      conductorOneApp: {
        displayName: 'Litmos',
        description: 'SAP Litmos, synced by a self-hosted connector',
      },
      litmosApiKey: LitmosSecret.fromVariable(apiKey),
      litmosSource: source.stringValue,
      syncCourseIds: [security.courseId],
      createNamespace: true,
    });
    new TerraformOutput(this, 'app_id', { value: this.connector.appId });
    new TerraformOutput(this, 'connector_id', { value: this.connector.connectorId });
    new TerraformOutput(this, 'verify', {
      value: 'kubectl -n conductorone get pods && kubectl -n conductorone logs -l app=baton-litmos',
    });
  }
}
