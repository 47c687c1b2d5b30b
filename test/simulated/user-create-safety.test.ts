import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { ProviderHarness } from './provider-harness.js';

const TYPE = 'litmos_user';

/**
 * A `litmos_user` create that meets an existing user of its username: after a crash (the orphan
 * of a previous run) or after an ambiguous POST failure. It adopts only an exact match.
 */
describe('litmos_user create meeting an existing user', () => {
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
  afterEach(() => sim.faults.clear());
  afterAll(() => sim.close());

  const config = (username: string, over: Record<string, unknown> = {}) => ({
    username,
    first_name: 'Grace',
    last_name: 'Hopper',
    job_title: 'Rear Admiral',
    ...over,
  });

  async function planAndApply(cfg: Record<string, unknown>) {
    const p = await tf.plan(TYPE, cfg as never, null);
    expect(p.errors).toEqual([]);
    return tf.apply(TYPE, cfg as never, null, p.value.planned, p.value.private);
  }

  const sameName = (username: string) =>
    sim.store.listUsers().filter((u) => u.UserName.toLowerCase() === username.toLowerCase());

  test('the orphan of a crashed run (identical) is adopted with a warning', async () => {
    const username = 'orphan.same@example.com';
    const orphan = sim.store.createUser({
      UserName: username,
      FirstName: 'Grace',
      LastName: 'Hopper',
      AccessLevel: 'Learner',
      JobTitle: 'Rear Admiral',
    });
    const a = await planAndApply(config(username));
    expect(a.errors).toEqual([]);
    expect(a.value.state?.id).toBe(orphan.Id);
    const warning = a.diagnostics.find((d) => d.severity === 'WARNING');
    expect(warning?.summary).toBe('Existing Litmos User Adopted');
    expect(sameName(username)).toHaveLength(1);
  });

  test('an active account that differs is refused, named, and left unchanged', async () => {
    const username = 'admin.elsewhere@example.com';
    const admin = sim.store.createUser({
      UserName: username,
      FirstName: 'Someone',
      LastName: 'Else',
      AccessLevel: 'Administrator',
      JobTitle: 'Rear Admiral',
    });
    const before = JSON.stringify(sim.store.findUser(admin.Id));
    const a = await planAndApply(config(username));
    expect(a.value.state).toBeNull();
    expect(a.errors).toHaveLength(1);
    const [error] = a.errors;
    expect(error).toMatch(/^Litmos Username Taken/);
    expect(error).toMatch(/first_name: Litmos has "Someone", the configuration "Grace"/);
    // A create that leaves the access level out makes a Learner: the Administrator is not that user.
    expect(error).toMatch(
      /access_level: Litmos has "Administrator", a new user gets "Learner" \(not configured\)/,
    );
    // Attributes a create leaves alone (job title) are not compared.
    expect(error).not.toMatch(/job_title/);
    expect(error).toContain(`terraform import 'litmos_user.admin_elsewhere' '${admin.Id}'`);
    expect(error).not.toContain('<address>');
    expect(JSON.stringify(sim.store.findUser(admin.Id))).toBe(before);
  });

  test('a dropped POST that Litmos never saw, against someone else’s account, takes nothing over', async () => {
    const username = 'ambiguous.admin@example.com';
    const admin = sim.store.createUser({
      UserName: username,
      FirstName: 'Ada',
      LastName: 'Admin',
      AccessLevel: 'Administrator',
    });
    const before = JSON.stringify(sim.store.findUser(admin.Id));
    sim.faults.failNext(1, 'POST /users', { kind: 'drop', when: 'before' });
    const a = await planAndApply(config(username));
    expect(a.value.state).toBeNull();
    expect(a.errors.join()).toMatch(/Litmos Username Taken.*last_name: Litmos has "Admin"/);
    expect(JSON.stringify(sim.store.findUser(admin.Id))).toBe(before);
    expect(sim.stats().byRoute['PUT /users/{id}'] ?? 0).toBe(0);
  });

  test('a POST whose answer was lost after Litmos made the user adopts that very user', async () => {
    const username = 'lost.answer@example.com';
    sim.faults.failNext(1, 'POST /users', { kind: 'drop', when: 'after' });
    const a = await planAndApply(config(username));
    expect(a.errors).toEqual([]);
    expect(sameName(username)).toHaveLength(1);
    expect(a.value.state?.id).toBe(sameName(username)[0]?.Id);
  });

  test('a deactivated user of the same username is still reactivated', async () => {
    const username = 'sleeping@example.com';
    const old = sim.store.createUser({ UserName: username, FirstName: 'Old', LastName: 'Name' });
    sim.store.updateUser(old.Id, { ...old, Active: false });
    const a = await planAndApply(config(username));
    expect(a.errors).toEqual([]);
    expect(a.value.state?.id).toBe(old.Id);
    expect(sim.store.findUser(old.Id)).toMatchObject({ Active: true, FirstName: 'Grace' });
  });
});
