/**
 * @mutation-whole-file (its tests build on one another: mutation runs run it whole, test/mutation/bail-environment.js)
 */
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { Unknown } from '../../src/tf/value.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness } from './provider-harness.js';

const TYPE = 'litmos_user';

describe('litmos_user against the Litmos simulator', () => {
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

  const config = (over: Record<string, unknown> = {}) => ({
    username: 'ada.lovelace@example.com',
    first_name: 'Ada',
    last_name: 'Lovelace',
    job_title: 'Analyst',
    ...over,
  });

  let state: ObjectValue | null = null;

  test('plans a create with computed values unknown; flags left out are left to Litmos', async () => {
    const p = await tf.plan(TYPE, config() as never, null);
    expect(p.errors).toEqual([]);
    expect(p.value.planned?.id).toBeInstanceOf(Unknown);
    expect(p.value.planned?.access_level).toBeInstanceOf(Unknown);
    expect(p.value.planned?.active).toBeInstanceOf(Unknown);
    expect(p.value.planned?.disable_messages).toBeInstanceOf(Unknown);
    expect(p.value.planned?.send_welcome_message).toBe(false);
  });

  test('creates the user in Litmos', async () => {
    state = await tf.converge(TYPE, config() as never, null);
    const remote = sim.store.findUser('ada.lovelace@example.com');
    expect(remote?.Id).toBe(state?.id);
    expect(remote?.JobTitle).toBe('Analyst');
    expect(state?.access_level).toBe('Learner');
    expect(state?.active).toBe(true);
    expect(state?.disable_messages).toBe(false);
  });

  test('a second plan after create has no changes', async () => {
    const refreshed = (await tf.read(TYPE, state!)).value!;
    const p = await tf.plan(TYPE, config() as never, refreshed);
    expect(p.errors).toEqual([]);
    const diff = Object.keys(refreshed).filter(
      (k) =>
        !(p.value.planned![k] instanceof Unknown) &&
        JSON.stringify(p.value.planned![k]) !== JSON.stringify(refreshed[k]),
    );
    expect(diff).toEqual([]);
    expect(p.value.planned).toEqual(refreshed);
  });

  test('an unknown access level is a plan-time error on the attribute', async () => {
    const v = await tf.validate(TYPE, config({ access_level: 'Admin' }) as never);
    expect(v.errors.join()).toMatch(/access_level/);
    expect(v.diagnostics[0].attribute?.steps).toEqual([{ attribute_name: 'access_level' }]);
  });

  test.each([
    ['email', { email: 'not-an-address' }, /email must be an e-mail address/],
    ['email', { email: 'ada@example' }, /email must be an e-mail address/],
    ['username', { username: 'ada lovelace@example.com' }, /username must be without spaces/],
    ['username', { username: '<ada>@example.com' }, /username must be without spaces/],
    ['username', { username: 'ada' }, /username must be between 4 and 255/],
  ])('a %s Litmos would refuse is a plan-time error on it (%j)', async (attribute, over, message) => {
    const v = await tf.validate(TYPE, config(over) as never);
    expect(v.errors.join()).toMatch(message);
    expect(v.diagnostics.map((d) => d.attribute?.steps)).toEqual([[{ attribute_name: attribute }]]);
  });

  test('a custom (non e-mail) username and a plain e-mail pass validation', async () => {
    const v = await tf.validate(
      TYPE,
      config({ username: 'ada_lovelace-1', email: 'ada@example.com' }) as never,
    );
    expect(v.errors).toEqual([]);
  });

  test('changes the access level in place', async () => {
    state = await tf.converge(TYPE, config({ access_level: 'Administrator' }) as never, state);
    expect(sim.store.findUser(String(state?.id))?.AccessLevel).toBe('Administrator');
  });

  test('imports by username and by id', async () => {
    const byName = await tf.importState(TYPE, 'ada.lovelace@example.com');
    expect(byName.errors).toEqual([]);
    expect(byName.value?.id).toBe(state?.id);
    const byId = await tf.importState(TYPE, String(state?.id));
    expect(byId.value?.username).toBe('ada.lovelace@example.com');
  });

  test('destroy deactivates, and a later create reactivates instead of duplicating', async () => {
    await tf.converge(TYPE, null, state);
    expect(sim.store.findUser(String(state?.id))?.Active).toBe(false);
    const again = await tf.converge(TYPE, config() as never, null);
    expect(again?.id).toBe(state?.id);
    expect(sim.store.listUsers().filter((u) => u.UserName === 'ada.lovelace@example.com')).toHaveLength(1);
    state = again;
  });

  test('a user deleted in Litmos leaves state on refresh', async () => {
    sim.store.deleteUser(String(state?.id));
    const r = await tf.read(TYPE, state!);
    expect(r.errors).toEqual([]);
    expect(r.value).toBeNull();
  });
});
