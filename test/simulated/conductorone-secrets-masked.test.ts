/**
 * The secrets ConductorOne resources handle are masked in every log line the provider writes from
 * the moment the provider sees them: the connector's Litmos API key (as `api_key` or write-only
 * `api_key_wo`), and the credential's client secret, both when the credential is made and when a
 * later provider process (a new plan) only reads it from state.
 */
import { clearSecrets } from '../../src/plugin/log.js';
import { redact } from '../../src/log.js';
import {
  startConductorOneSimulator,
  type ConductorOneSimulator,
} from '../../src/simulators/conductorone/index.js';
import { ProviderHarness } from './provider-harness.js';

const APP = 'litmos_conductorone_app';
const CONNECTOR = 'litmos_conductorone_connector';
const BATON = 'litmos_conductorone_baton_connector';
const CREDENTIAL = 'litmos_conductorone_connector_credential';

let sim: ConductorOneSimulator;
let tf: ProviderHarness;
let app: string;

beforeAll(async () => {
  sim = await startConductorOneSimulator();
  tf = await ProviderHarness.againstConductorOne(sim);
  app = String((await tf.converge(APP, { display_name: 'Secrets masked' }, null))?.id);
});
afterAll(() => sim.close());
beforeEach(() => clearSecrets());

/**
 * Whether a log line holding the secret URL-encoded (as in a request path) shows it. The encoded
 * form is masked only by a registered secret: a ConductorOne client secret starts with
 * `secret-token:`, which the `token: value` rule masks verbatim anyway.
 */
const masked = (secret: string) => {
  const encoded = encodeURIComponent(secret);
  return !redact(`GET /x?s=${encoded}`).includes(encoded);
};

test("the connector's API key is masked once a plan holds it", async () => {
  const key = 'plan-held-litmos-key-7f3a9c21';
  expect(masked(key)).toBe(false);
  const connector = await tf.converge(
    CONNECTOR,
    { app_id: app, source: 'acme', api_key: key, course_ids: [] },
    null,
  );
  expect(connector?.id).toEqual(expect.any(String));
  expect(masked(key)).toBe(true);
});

test("the connector's write-only API key is masked once a plan is made with it", async () => {
  const key = 'write-only-litmos-key-51b0e8d4';
  const connector = await tf.converge(
    CONNECTOR,
    { app_id: app, source: 'acme', api_key_wo: key, api_key_wo_version: 1, course_ids: [] },
    null,
  );
  expect(connector?.id).toEqual(expect.any(String));
  expect(masked(key)).toBe(true);
});

test("a credential's client secret is masked when it is made and when a new process reads it from state", async () => {
  const baton = await tf.converge(BATON, { app_id: app, display_name: 'masked' }, null);
  const credential = await tf.converge(CREDENTIAL, { app_id: app, connector_id: baton!.id }, null);
  const secret = String(credential?.client_secret);
  expect(secret.length).toBeGreaterThan(8);
  expect(masked(secret)).toBe(true);

  clearSecrets();
  expect(masked(secret)).toBe(false);
  const refreshed = await tf.read(CREDENTIAL, credential!);
  expect(refreshed.errors).toEqual([]);
  expect(masked(secret)).toBe(true);
});
