/**
 * Adopting a Litmos user made outside Terraform (by Okta: messages disabled, first login skipped,
 * profile fields filled): the import reflects Litmos, a configuration that states only the names
 * plans nothing, and a change of one field plans and writes that field alone.
 *
 * @mutation-whole-file (its tests build on one another: mutation runs run it whole, test/mutation/bail-environment.js)
 */
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness } from './provider-harness.js';

const TYPE = 'litmos_user';

describe('adopting an existing Litmos user', () => {
  let sim: LitmosSimulator;
  let tf: ProviderHarness;
  let userId: string;

  beforeAll(async () => {
    sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
    const started = await ProviderHarness.start({
      api_key: sim.apiKey,
      litmos_source: sim.source,
      base_url: sim.baseUrl,
    });
    expect(started.errors).toEqual([]);
    tf = started.harness;
    userId = sim.store.createUser({
      UserName: 'grace@example.com',
      FirstName: 'Grace',
      LastName: 'Hopper',
      Email: 'grace.hopper@example.com',
      AccessLevel: 'Administrator',
      DisableMessages: true,
      SkipFirstLogin: true,
      JobTitle: 'Rear Admiral',
      City: 'Arlington',
      CustomField3: 'navy',
    }).Id;
  });
  afterAll(() => sim.close());

  const minimal = { username: 'grace@example.com', first_name: 'Grace', last_name: 'Hopper' };
  let state: ObjectValue;

  test('the imported state reflects Litmos, flags included', async () => {
    const imported = await tf.importState(TYPE, 'grace@example.com');
    expect(imported.errors).toEqual([]);
    state = (await tf.read(TYPE, imported.value!)).value!;
    expect(state).toMatchObject({
      id: userId,
      email: 'grace.hopper@example.com',
      access_level: 'Administrator',
      active: true,
      disable_messages: true,
      skip_first_login: true,
      send_welcome_message: false,
      hard_delete: false,
      job_title: 'Rear Admiral',
      city: 'Arlington',
      custom_field_3: 'navy',
    });
  });

  test('a configuration with only the names plans no change', async () => {
    const p = await tf.plan(TYPE, minimal, state);
    expect(p.errors).toEqual([]);
    expect(p.value.planned).toEqual(state);
  });

  test('changing one field plans that field only, and apply writes nothing else', async () => {
    const before = { ...sim.store.findUser(userId)! };
    const p = await tf.plan(TYPE, { ...minimal, job_title: 'Commodore' }, state);
    const planned = p.value.planned!;
    expect(Object.keys(state).filter((k) => JSON.stringify(planned[k]) !== JSON.stringify(state[k]))).toEqual(
      ['job_title'],
    );
    // Okta changes another field between plan and apply: it is not written back, and the apply
    // reports the planned value (as Terraform requires) until the next refresh records Okta's.
    sim.store.updateUser(userId, { ...sim.store.findUser(userId)!, City: 'Washington' });
    const applied = await tf.apply(TYPE, { ...minimal, job_title: 'Commodore' }, state, planned);
    expect(applied.errors).toEqual([]);
    expect(applied.value.state?.city).toBe('Arlington');
    const after = sim.store.findUser(userId)!;
    expect(after.JobTitle).toBe('Commodore');
    expect(after.City).toBe('Washington');
    expect({ ...after, JobTitle: before.JobTitle, City: before.City }).toEqual(before);
    const refreshed = (await tf.read(TYPE, applied.value.state!)).value!;
    expect(refreshed.city).toBe('Washington');
    const next = await tf.plan(TYPE, { ...minimal, job_title: 'Commodore' }, refreshed);
    expect(next.value.planned).toEqual(refreshed);
  });

  test('a change of send_welcome_message alone sends nothing to Litmos', async () => {
    state = (await tf.read(TYPE, state)).value!;
    const calls = sim.stats().requests;
    const next = await tf.converge(TYPE, { ...minimal, send_welcome_message: true }, state);
    expect(next?.send_welcome_message).toBe(true);
    expect(sim.stats().requests).toBe(calls);
  });
});
