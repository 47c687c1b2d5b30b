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

describe('what a create that meets an existing user tells the Terraform user', () => {
  let sim: LitmosSimulator;
  let tf: ProviderHarness;

  beforeAll(async () => {
    sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
    const started = await ProviderHarness.start({
      api_key: sim.apiKey,
      litmos_source: sim.source,
      base_url: sim.baseUrl,
    });
    tf = started.harness;
  });
  afterAll(() => sim.close());

  async function planAndApply(cfg: Record<string, unknown>) {
    const p = await tf.plan(TYPE, cfg as never, null);
    expect(p.errors).toEqual([]);
    return tf.apply(TYPE, cfg as never, null, p.value.planned, p.value.private);
  }

  const cfg = (username: string) => ({ username, first_name: 'Grace', last_name: 'Hopper' });

  test('a different active user: the error on username names what differs and how to import it', async () => {
    const other = sim.store.createUser({
      UserName: 'taken.x@example.com',
      FirstName: 'Al',
      LastName: 'Hopper',
    });
    const a = await planAndApply(cfg('taken.x@example.com'));
    expect(a.diagnostics).toEqual([
      {
        severity: 'ERROR',
        summary: 'Litmos Username Taken',
        detail:
          `An active Litmos user (ID ${other.Id}) already has the username "taken.x@example.com" and is not the ` +
          'user this configuration describes: first_name: Litmos has "Al", the configuration "Grace". It was ' +
          'left unchanged. Choose another username, or, to manage that user with Terraform, import it: ' +
          `terraform import 'litmos_user.taken_x' '${other.Id}' (use this resource's address in place of ` +
          'litmos_user.taken_x), then plan to see the changes Terraform would make to it.',
        attribute: { steps: [{ attribute_name: 'username' }] },
      },
    ]);
  });

  test('the same active user: a warning on username that it was adopted', async () => {
    const same = sim.store.createUser({
      UserName: 'same.x@example.com',
      FirstName: 'Grace',
      LastName: 'Hopper',
    });
    const a = await planAndApply(cfg('same.x@example.com'));
    expect(a.value.state?.id).toBe(same.Id);
    expect(a.diagnostics).toEqual([
      {
        severity: 'WARNING',
        summary: 'Existing Litmos User Adopted',
        detail:
          `An active Litmos user (ID ${same.Id}) already had the username "same.x@example.com" and every ` +
          'attribute this configuration sets, so Terraform now manages it instead of creating a duplicate (a ' +
          'previous apply probably created it and was interrupted, or Litmos did not answer the create).',
        attribute: { steps: [{ attribute_name: 'username' }] },
      },
    ]);
  });

  test('a POST whose answer was lost: the user it made is adopted with the same warning', async () => {
    sim.faults.failNext(1, 'POST /users', { kind: 'drop', when: 'after' });
    const a = await planAndApply(cfg('lost.x@example.com'));
    expect(a.errors).toEqual([]);
    expect(a.diagnostics.map((d) => d.summary)).toEqual(['Existing Litmos User Adopted']);
  });

  test('a deactivated user: a warning on username that it was reactivated', async () => {
    const old = sim.store.createUser({
      UserName: 'asleep.x@example.com',
      FirstName: 'Old',
      LastName: 'Name',
    });
    sim.store.updateUser(old.Id, { ...old, Active: false });
    const a = await planAndApply(cfg('asleep.x@example.com'));
    expect(a.diagnostics).toEqual([
      {
        severity: 'WARNING',
        summary: 'Deactivated Litmos User Reactivated',
        detail:
          `A deactivated Litmos user named "asleep.x@example.com" existed (ID ${old.Id}); it was reactivated and ` +
          'updated instead of creating a duplicate. Its learning history is kept.',
        attribute: { steps: [{ attribute_name: 'username' }] },
      },
    ]);
  });

  test('a deactivated user the configuration keeps deactivated: adopted, not reactivated, and the warning says so', async () => {
    const old = sim.store.createUser({
      UserName: 'still.asleep.x@example.com',
      FirstName: 'Old',
      LastName: 'Name',
    });
    sim.store.updateUser(old.Id, { ...old, Active: false });
    const a = await planAndApply({ ...cfg('still.asleep.x@example.com'), active: false });
    expect(a.errors).toEqual([]);
    expect(a.value.state?.id).toBe(old.Id);
    expect(sim.store.requireUser(old.Id)).toMatchObject({ Active: false, FirstName: 'Grace' });
    expect(a.diagnostics).toEqual([
      {
        severity: 'WARNING',
        summary: 'Deactivated Litmos User Adopted',
        detail:
          `A deactivated Litmos user named "still.asleep.x@example.com" existed (ID ${old.Id}); it was updated and ` +
          'left deactivated, as this configuration sets active = false, instead of creating a duplicate. Its ' +
          'learning history is kept.',
        attribute: { steps: [{ attribute_name: 'username' }] },
      },
    ]);
  });
});
