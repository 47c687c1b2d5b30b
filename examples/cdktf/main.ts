/**
 * The CDKTF twin of `examples/terraform/main.tf`: three Litmos users with access levels, their
 * Engineering team membership and the Security Awareness course, and the ConductorOne app and
 * cloud-hosted connector that syncs Litmos. Beyond the HCL example, it creates one team,
 * Developer Experience (a sub-team of Engineering), with the course and an authoritative roster of
 * two of the users. Credentials come from the environment (LITMOS_*,
 * CONDUCTORONE_*), the connector's key from the sensitive variable `litmos_api_key_for_connector`.
 *
 * With the CDKTF CLI (`npm install -g cdktf-cli@0.21`), from the repository root:
 *
 *   npm ci && npm run build                                   # provider into provider/dist/mirror
 *   export TF_CLI_CONFIG_FILE=$PWD/provider/dist/terraform.rc  # install litmos-oss/litmos from it
 *   cd examples/cdktf
 *   cdktf synth
 *   cdktf deploy litmos --skip-provider-lock                  # then: cdktf diff litmos, cdktf destroy litmos
 *
 * `--skip-provider-lock`: before its first `terraform init`, cdktf runs `terraform providers
 * lock`, which asks only the provider's origin registry and ignores the filesystem mirror; the
 * provider is not published there, so that step fails. With the flag, `terraform init` installs
 * from the mirror and writes `.terraform.lock.hcl` with the mirror's hash itself, and later
 * commands (which find the lock) need no flag. Without cdktf-cli, `npx tsx examples/cdktf/main.ts`
 * synthesizes into examples/cdktf/cdktf.out offline.
 *
 * A second stack, `litmos-self-hosted` (self-hosted.ts), runs the connector in Kubernetes instead
 * (ConductorOne's self-hosted setup); deploy it by name where a cluster is configured.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, LocalBackend, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
// In your own project: from '@litmos-oss/cdktf-litmos'.
import {
  LitmosConductorOneIntegration,
  LitmosSecret,
  LitmosTeam,
  provider,
  type LitmosPersonSpec,
} from '../../constructs/src/index.js';
import { LitmosSelfHostedStack } from './self-hosted.js';

const engineering = (role: 'member' | 'leader' = 'member') => [{ team: 'Engineering', role }];
const security = [{ name: 'Security Awareness' }];
const people: LitmosPersonSpec[] = [
  {
    username: 'ada@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
    accessLevel: 'Administrator',
    jobTitle: 'Analyst',
    teams: engineering(),
    courses: security,
  },
  {
    username: 'grace@example.com',
    firstName: 'Grace',
    lastName: 'Hopper',
    jobTitle: 'Engineer',
    teams: engineering('leader'),
    courses: security,
  },
  {
    username: 'alan@example.com',
    firstName: 'Alan',
    lastName: 'Turing',
    teams: engineering(),
    courses: security,
  },
];

export class LitmosExampleStack extends TerraformStack {
  readonly integration: LitmosConductorOneIntegration;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // State beside the working directory terraform runs in (CDKTF's default is an absolute path
    // under the folder the app was started from).
    new LocalBackend(this, { path: 'terraform.tfstate' });
    new provider.LitmosProvider(this, 'litmos', {});
    const apiKey = new TerraformVariable(this, 'litmos_api_key_for_connector', {
      type: 'string',
      sensitive: true,
      description: "The Litmos API key ConductorOne's connector uses to sync Litmos.",
    });
    const source = new TerraformVariable(this, 'litmos_source', {
      type: 'string',
      default: 'terraform-provider-litmos',
      description: 'The Litmos source name the connector sends.',
    });
    this.integration = new LitmosConductorOneIntegration(this, 'litmos-integration', {
      conductorOneApp: {
        displayName: 'Litmos',
        description: 'SAP Litmos learning platform, managed by CDKTF',
      },
      litmosSource: source.stringValue,
      litmosApiKey: LitmosSecret.fromVariable(apiKey),
      syncCourses: [{ name: 'Security Awareness' }],
      people,
    });
    // A team created here: its roster is authoritative (anyone else put in it is removed).
    const devex = new LitmosTeam(this, 'developer-experience', {
      name: 'Developer Experience',
      description: 'Created by the CDKTF example',
      parent: LitmosTeam.fromName(this, 'engineering', 'Engineering'),
      roster: {},
    });
    const person = (username: string) => this.integration.users.get(username)!;
    devex.addMember(person('grace@example.com'), { role: 'leader' });
    devex.addMember(person('alan@example.com'));
    devex.addCourse(this.integration.courses.get('name:Security Awareness')!);
    new TerraformOutput(this, 'user_ids', { value: this.integration.userIds });
    new TerraformOutput(this, 'connector_id', { value: this.integration.cloudConnector?.connectorId });
  }
}

const here = dirname(fileURLToPath(import.meta.url));
const app = new App({ outdir: process.env.CDKTF_OUTDIR ?? join(here, 'cdktf.out') });
new LitmosExampleStack(app, 'litmos');
new LitmosSelfHostedStack(app, 'litmos-self-hosted');
app.synth();
