/**
 * Sign-in links stay out of state: `litmos_user` no longer stores `login_key` (and a version-0
 * state that has one loses it on upgrade); the ephemeral resource `litmos_user_login_key` opens one
 * on demand, never for an Administrator or Account Owner.
 */
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { ProviderHarness } from './provider-harness.js';

describe('sign-in links against the Litmos simulator', () => {
  let sim: LitmosSimulator;
  let tf: ProviderHarness;

  beforeAll(async () => {
    sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
    const started = await ProviderHarness.start({
      api_key: sim.apiKey,
      litmos_source: sim.source,
      base_url: sim.baseUrl,
    });
    expect(started.errors).toEqual([]);
    tf = started.harness;
  });
  afterAll(() => sim.close());

  const user = (username: string, access_level = 'Learner') => ({
    username,
    first_name: 'Ada',
    last_name: 'Lovelace',
    access_level,
  });

  test('litmos_user state holds no login_key, even though Litmos returns one', async () => {
    const state = await tf.converge('litmos_user', user('learner@example.com') as never, null);
    const remote = sim.store.findUser('learner@example.com');
    expect(remote?.LoginKey).toMatch(/\S/);
    expect(state).not.toBeNull();
    expect(Object.keys(state!)).not.toContain('login_key');
    expect(JSON.stringify(state)).not.toContain(remote!.LoginKey);
    const refreshed = (await tf.read('litmos_user', state!)).value!;
    expect(Object.keys(refreshed)).not.toContain('login_key');
  });

  test('a version-0 state with a login_key is upgraded without it', async () => {
    const link = 'https://acme.litmos.com/login?key=stored-sign-in-link';
    const old = { id: 'u-1', username: 'old@example.com', first_name: 'A', last_name: 'B', login_key: link };
    const resp = await tf.server.upgradeResourceState({
      type_name: 'litmos_user',
      version: 0,
      raw_state: { json: Buffer.from(JSON.stringify(old)) },
    });
    expect(resp.diagnostics).toEqual([]);
    const upgraded = Buffer.from(resp.upgraded_state?.msgpack ?? new Uint8Array()).toString('latin1');
    expect(upgraded).toContain('old@example.com');
    expect(upgraded).not.toContain('stored-sign-in-link');
    expect(upgraded).not.toContain('login_key');
  });

  test('the ephemeral litmos_user_login_key opens a learner link on demand', async () => {
    const state = await tf.converge('litmos_user', user('on-demand@example.com') as never, null);
    const read = await tf.openEphemeral('litmos_user_login_key', { user_id: state!.id! });
    expect(read.errors).toEqual([]);
    expect(read.value?.login_key).toBe(sim.store.findUser('on-demand@example.com')?.LoginKey);
  });

  test('it is an ephemeral resource, not a data source (whose result Terraform would store)', async () => {
    const schema = await tf.server.getProviderSchema();
    expect(Object.keys(schema.ephemeral_resource_schemas)).toEqual(['litmos_user_login_key']);
    expect(Object.keys(schema.data_source_schemas)).not.toContain('litmos_user_login_key');
    const metadata = await tf.server.getMetadata();
    expect(metadata.ephemeral_resources).toEqual([{ type_name: 'litmos_user_login_key' }]);
  });

  test.each(['Administrator', 'Account_Owner'])(
    'the ephemeral litmos_user_login_key refuses an %s',
    async (level) => {
      const state = await tf.converge('litmos_user', user(`${level}@example.com`, level) as never, null);
      const read = await tf.openEphemeral('litmos_user_login_key', { user_id: state!.id! });
      expect(read.value).toBeNull();
      expect(read.errors.join('\n')).toMatch(/Sign-In Link Refused/);
      expect(read.errors.join('\n')).not.toContain(sim.store.findUser(`${level}@example.com`)!.LoginKey);
    },
  );
});
