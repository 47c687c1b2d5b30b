/**
 * The self-hosted connector's ConductorOne side against the simulator: the Baton connector and
 * its client credential (rotate on create and on replace, secret usable at the token endpoint,
 * revoke on destroy, import).
 *
 * @mutation-whole-file (its tests build on one another: mutation runs run it whole, test/mutation/bail-environment.js)
 */
import { BATON_CATALOG_ID, ConductorOneClient, LITMOS_CATALOG_ID } from '../../src/conductorone/index.js';
import {
  startConductorOneSimulator,
  type ConductorOneSimulator,
} from '../../src/simulators/conductorone/index.js';
import type { ObjectValue, Value } from '../../src/tf/value.js';
import { ProviderHarness } from './provider-harness.js';

const APP = 'litmos_conductorone_app';
const BATON = 'litmos_conductorone_baton_connector';
const CREDENTIAL = 'litmos_conductorone_connector_credential';

const sorted = (v: Value | undefined): string[] => (Array.isArray(v) ? v.map(String).sort() : []);

describe('Baton connector and connector credential resources against the simulator', () => {
  let sim: ConductorOneSimulator;
  let tf: ProviderHarness;
  let app: ObjectValue;
  let baton: ObjectValue;
  let credential: ObjectValue;

  /** True when the credential signs in at the simulator's token endpoint (as baton-litmos would). */
  const signsIn = async (c: ObjectValue): Promise<boolean> => {
    const client = new ConductorOneClient({
      serverUrl: sim.serverUrl,
      clientId: String(c.client_id),
      clientSecret: String(c.client_secret),
      retry: { maxRetries: 0 },
    });
    try {
      await client.verifyCredentials();
      return true;
    } catch {
      return false;
    }
  };

  beforeAll(async () => {
    sim = await startConductorOneSimulator();
    tf = await ProviderHarness.againstConductorOne(sim);
    app = (await tf.converge(APP, { display_name: 'Litmos (self-hosted)' }, null))!;
  });
  afterAll(() => sim.close());

  const batonConfig = (over: Record<string, Value> = {}): Record<string, Value> => ({
    app_id: app.id,
    display_name: 'baton-litmos',
    ...over,
  });
  const credentialConfig = (over: Record<string, Value> = {}): Record<string, Value> => ({
    app_id: app.id,
    connector_id: baton.id,
    ...over,
  });

  test('the Baton connector is a Baton catalog connector without configuration, owned by the caller', async () => {
    baton = (await tf.converge(BATON, batonConfig(), null))!;
    const remote = sim.store.connectors.get(String(baton.id))!;
    expect(remote.catalogId).toBe(BATON_CATALOG_ID);
    expect(remote.configType).toBeUndefined();
    expect(remote.displayName).toBe('baton-litmos');
    expect(baton.user_ids).toEqual([sim.adminUserId]);
    const refreshed = await tf.read(BATON, baton);
    const p = await tf.plan(BATON, batonConfig(), refreshed.value);
    expect(p.errors).toEqual([]);
    expect(p.value.planned).toEqual(refreshed.value);
  });

  test('owners and display name change in place through the delegated update', async () => {
    const config = batonConfig({
      display_name: 'Litmos connector',
      user_ids: [sim.adminUserId, sim.otherUserId],
    });
    const p = await tf.plan(BATON, config, baton);
    expect(p.value.requiresReplace).toEqual([]);
    const a = await tf.apply(BATON, config, baton, p.value.planned);
    expect(a.errors).toEqual([]);
    const remote = sim.store.connectors.get(String(baton.id))!;
    expect(remote.displayName).toBe('Litmos connector');
    expect([...remote.userIds].sort()).toEqual([sim.adminUserId, sim.otherUserId].sort());
    expect(sorted(a.value.state?.user_ids)).toEqual([sim.adminUserId, sim.otherUserId].sort());
    baton = a.value.state!;
  });

  test('imports a Baton connector, and refuses a cloud-hosted Litmos connector', async () => {
    const imported = await tf.importState(BATON, `${String(app.id)}/${String(baton.id)}`);
    expect(imported.errors).toEqual([]);
    expect(imported.value?.display_name).toBe('Litmos connector');
    const litmos = await tf.converge(
      'litmos_conductorone_connector',
      { app_id: app.id, source: 'acme', api_key: 'litmos-key-placeholder-01' },
      null,
    );
    expect(sim.store.connectors.get(String(litmos?.id))?.catalogId).toBe(LITMOS_CATALOG_ID);
    const refused = await tf.importState(BATON, `${String(app.id)}/${String(litmos?.id)}`);
    expect(refused.errors.join()).toMatch(/Not A Baton Connector/);
    await tf.converge('litmos_conductorone_connector', null, litmos);
  });

  test('a credential is made on create; its secret signs in at the token endpoint', async () => {
    credential = (await tf.converge(CREDENTIAL, credentialConfig(), null))!;
    expect(String(credential.client_id)).toMatch(/@.+\/ccc$/);
    expect(String(credential.client_secret)).toMatch(/^secret-token:conductorone\.com:v1:/);
    expect(typeof credential.revision).toBe('number');
    expect(sim.credentials.liveOf(String(baton.id)).map((c) => c.id)).toEqual([credential.id]);
    expect(await signsIn(credential)).toBe(true);
  });

  test('the schema marks client_secret sensitive', async () => {
    const schemas = await tf.server.getProviderSchema();
    const attribute = schemas.resource_schemas[CREDENTIAL]?.block.attributes.find(
      (a) => a.name === 'client_secret',
    );
    expect(attribute?.sensitive).toBe(true);
    expect(attribute?.computed).toBe(true);
  });

  test('refresh keeps the secret (never returned again) and plans no change', async () => {
    const refreshed = await tf.read(CREDENTIAL, credential);
    expect(refreshed.errors).toEqual([]);
    expect(refreshed.value?.client_secret === credential.client_secret).toBe(true);
    const p = await tf.plan(CREDENTIAL, credentialConfig(), refreshed.value);
    expect(p.value.planned).toEqual(refreshed.value);
  });

  test('changed rotation_triggers replace the credential: a new one signs in, the old one is revoked', async () => {
    const config = credentialConfig({ rotation_triggers: { litmos_api_key_version: '2' } });
    const p = await tf.plan(CREDENTIAL, config, credential);
    expect(p.value.requiresReplace).toEqual(['rotation_triggers']);
    // Terraform replaces as destroy, then create.
    const destroyed = await tf.apply(CREDENTIAL, null, credential, null);
    expect(destroyed.errors).toEqual([]);
    const rotated = (await tf.converge(CREDENTIAL, config, null))!;
    expect(rotated.id).not.toBe(credential.id);
    expect(rotated.client_id).not.toBe(credential.client_id);
    expect(rotated.revision).not.toBe(credential.revision);
    expect(await signsIn(credential)).toBe(false);
    expect(await signsIn(rotated)).toBe(true);
    credential = rotated;
  });

  test('import takes <app_id>/<connector_id>/<credential_id>; the secret cannot be imported', async () => {
    const id = `${String(app.id)}/${String(baton.id)}/${String(credential.id)}`;
    const imported = await tf.importState(CREDENTIAL, id);
    expect(imported.errors).toEqual([]);
    expect(imported.value?.client_id).toBe(credential.client_id);
    expect(imported.value?.client_secret).toBeNull();
    expect(imported.diagnostics.map((d) => d.summary)).toContain('Client Secret Not Imported');
    const bad = await tf.importState(CREDENTIAL, `${String(app.id)}/${String(baton.id)}`);
    expect(bad.errors.join()).toMatch(/Invalid Import ID/);
  });

  test('a credential revoked outside Terraform leaves state on refresh', async () => {
    const doomed = (await tf.converge(CREDENTIAL, credentialConfig(), null))!;
    sim.credentials.credentials.get(String(doomed.id))!.revokedAt = new Date().toISOString();
    const r = await tf.read(CREDENTIAL, doomed);
    expect(r.errors).toEqual([]);
    expect(r.value).toBeNull();
  });

  test('deleting the connector ends its credentials: they no longer sign in', async () => {
    const other = (await tf.converge(BATON, { app_id: app.id }, null))!;
    const doomed = (await tf.converge(CREDENTIAL, { app_id: app.id, connector_id: other.id }, null))!;
    expect(await signsIn(doomed)).toBe(true);
    expect((await tf.apply(BATON, null, other, null)).errors).toEqual([]);
    expect(await signsIn(doomed)).toBe(false);
    // Destroying the credential afterwards finds it gone and succeeds.
    expect((await tf.apply(CREDENTIAL, null, doomed, null)).errors).toEqual([]);
  });

  test('destroy revokes the credential, then deletes the connector', async () => {
    const a = await tf.apply(CREDENTIAL, null, credential, null);
    expect(a.errors).toEqual([]);
    expect(sim.credentials.credentials.get(String(credential.id))?.revokedAt).toEqual(expect.any(String));
    expect(await signsIn(credential)).toBe(false);
    const b = await tf.apply(BATON, null, baton, null);
    expect(b.errors).toEqual([]);
    expect(sim.store.liveConnector(String(app.id), String(baton.id))).toBeUndefined();
  });
});
