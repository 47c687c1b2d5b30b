/**
 * `litmos_team` as a Terraform user meets it beyond the happy path: plan-time limits on name and
 * description, which attribute a failed create, update or read is reported on, what state keeps
 * when Litmos fails part-way, and what refresh and import fill in when the team listing lacks
 * the team. Against the simulator, through the provider server.
 */
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { Unknown, type ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const TEAM = 'litmos_team';

let sim: LitmosSimulator;
let tf: ProviderHarness;
let serial = 0;

/** A provider against the simulator, with a budget above Litmos's 100 a minute. */
const startHarness = (): Promise<ProviderHarness> => ProviderHarness.againstLitmos(sim);

beforeAll(async () => {
  sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
  tf = await startHarness();
});
afterAll(() => sim.close());
afterEach(() => sim.faults.clear());

const uniqueName = (base: string): string => `${base} ${(serial += 1)}`;
const paths = (diags: { severity: string; attribute?: { steps: unknown[] } }[]): unknown[] =>
  diags.filter((d) => d.severity === 'ERROR').map((d) => d.attribute?.steps);
/** A 400 from Litmos (not retried) for the next matching request. */
const refuseNext = (route: string): void => {
  sim.faults.failNext(1, route, { kind: 'status', status: 400 });
};

describe('plan-time limits', () => {
  test.each([
    ['an empty name', { name: '' }, 'name'],
    ['a name of 101 characters', { name: 'n'.repeat(101) }, 'name'],
    ['a description of 1001 characters', { name: 'Fine', description: 'd'.repeat(1001) }, 'description'],
  ])('%s is a validation error on that attribute', async (_what, config, attribute) => {
    const v = await tf.validate(TEAM, config);
    expect(v.errors).toHaveLength(1);
    expect(paths(v.diagnostics)).toEqual([[{ attribute_name: attribute }]]);
  });

  test('a name of 100 characters and a description of 1000, or an empty one, are accepted', async () => {
    expect(
      (await tf.validate(TEAM, { name: 'n'.repeat(100), description: 'd'.repeat(1000) })).errors,
    ).toEqual([]);
    expect((await tf.validate(TEAM, { name: 'n', description: '' })).errors).toEqual([]);
  });

  test('a new team plans its ID and bulk-import code unknown, and an unmanaged description unknown', async () => {
    const p = await tf.plan(TEAM, { name: uniqueName('Planned') }, null);
    expect(p.errors).toEqual([]);
    expect(p.value.planned?.id).toBeInstanceOf(Unknown);
    expect(p.value.planned?.code_for_bulk_import).toBeInstanceOf(Unknown);
    expect(p.value.planned?.description).toBeInstanceOf(Unknown);
    expect(p.value.planned?.parent_team_id).toBeNull();
  });
});

describe('create', () => {
  test('a team without a description is created with an empty one and no later changes', async () => {
    const config = { name: uniqueName('Bare') };
    const state = (await tf.converge(TEAM, config, null))!;
    expect(state.description).toBe('');
    expect(sim.store.teams.get(state.id as string)?.Description).toBe('');
    const refreshed = (await tf.read(TEAM, state)).value!;
    expect(refreshed).toEqual(state);
    expect((await tf.plan(TEAM, config, refreshed)).value.planned).toEqual(refreshed);
  });

  test('a sub-team of a parent that does not exist is an error on parent_team_id', async () => {
    const config = { name: uniqueName('Orphan'), parent_team_id: 'no-such-team' };
    const p = await tf.plan(TEAM, config, null);
    const a = await tf.apply(TEAM, config, null, p.value.planned);
    expect(a.errors.join()).toMatch(/Creating Litmos team "Orphan \d+"/);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'parent_team_id' }]]);
    expect(a.value.state).toBeNull();
  });

  test('a refused create of a top-level team is an error on name', async () => {
    const config = { name: uniqueName('Refused') };
    const p = await tf.plan(TEAM, config, null);
    refuseNext('POST /teams');
    const a = await tf.apply(TEAM, config, null, p.value.planned);
    expect(a.errors.join()).toMatch(/Litmos Rejected The Value: Creating Litmos team "Refused \d+"/);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'name' }]]);
    expect(a.value.state).toBeNull();
  });

  test('a refused create of a sub-team under an existing parent is an error on name', async () => {
    const parent = sim.store.createTeam(uniqueName('Parent'), '');
    const config = { name: uniqueName('Child'), parent_team_id: parent.Id };
    const p = await tf.plan(TEAM, config, null);
    refuseNext('POST /teams/{id}/teams');
    const a = await tf.apply(TEAM, config, null, p.value.planned);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'name' }]]);
  });

  test('when the listing fails after the create, the team stays in state and the next refresh completes it', async () => {
    const parent = sim.store.createTeam(uniqueName('Listing parent'), '');
    const config = { name: uniqueName('Half read'), description: 'Made', parent_team_id: parent.Id };
    const p = await tf.plan(TEAM, config, null);
    refuseNext('GET /teams');
    const a = await tf.apply(TEAM, config, null, p.value.planned);
    const made = [...sim.store.teams.values()].find((t) => t.Name === config.name)!;
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Rejected The Value: Reading Litmos team ${made.Id} after creating it`),
      ),
    ]);
    expect(a.value.state).toEqual({
      id: made.Id,
      name: config.name,
      description: 'Made',
      parent_team_id: parent.Id,
      code_for_bulk_import: null,
    });
    const refreshed = (await tf.read(TEAM, a.value.state!)).value;
    expect(refreshed).toEqual({ ...a.value.state, code_for_bulk_import: made.TeamCodeForBulkImport });
  });
});

describe('refresh and import', () => {
  test('a failed read is an error naming the team, and state is kept as it was', async () => {
    const state = (await tf.converge(TEAM, { name: uniqueName('Read fails') }, null))!;
    refuseNext('GET /teams/{id}');
    const r = await tf.read(TEAM, state);
    expect(r.errors).toEqual([
      expect.stringMatching(new RegExp(`Reading Litmos team ${state.id as string}:`)),
    ]);
    expect(r.value).toEqual(state);
  });

  test('a bulk-import code or parent Litmos lists as empty is null in state', async () => {
    const state = (await tf.converge(TEAM, { name: uniqueName('No code') }, null))!;
    const stored = sim.store.teams.get(state.id as string)!;
    sim.store.teams.set(stored.Id, { ...stored, TeamCodeForBulkImport: '' });
    const r = await (await startHarness()).read(TEAM, state);
    expect(r.value).toMatchObject({ parent_team_id: null, code_for_bulk_import: null });
  });

  test('a team the current listing does not hold keeps the parent and code state had', async () => {
    const fresh = await startHarness();
    // The listing is read once (and kept) before the team is made outside this provider.
    await fresh.importState(TEAM, sim.store.listTeams()[0]!.Id);
    const parent = sim.store.createTeam(uniqueName('Unlisted parent'), '');
    const team = sim.store.createTeam(uniqueName('Unlisted'), 'Hidden', parent.Id);

    const imported = await fresh.importState(TEAM, team.Id);
    expect(imported.errors).toEqual([]);
    expect(imported.value).toEqual({
      id: team.Id,
      name: team.Name,
      description: 'Hidden',
      parent_team_id: null,
      code_for_bulk_import: null,
    });
    const prior: ObjectValue = {
      ...imported.value!,
      parent_team_id: parent.Id,
      code_for_bulk_import: 'KEPT',
    };
    const r = await fresh.read(TEAM, prior);
    expect(r.value).toEqual(prior);
  });

  test('an import Litmos refuses for another reason than a missing team names the import', async () => {
    const team = sim.store.createTeam(uniqueName('Import fails'), '');
    refuseNext('GET /teams/{id}');
    const imported = await tf.importState(TEAM, team.Id);
    expect(imported.errors).toEqual([
      expect.stringMatching(new RegExp(`^Litmos Rejected The Value: Importing Litmos team "${team.Id}"`)),
    ]);
    expect(imported.value).toBeNull();
  });

  test('importing a team that does not exist names the ID', async () => {
    const imported = await tf.importState(TEAM, 'gone-team');
    expect(imported.errors).toEqual(['Litmos Team Not Found: No Litmos team has the ID "gone-team".']);
  });
});

describe('update and destroy', () => {
  test('a refused rename is an error on name, and state keeps the old name', async () => {
    const state = (await tf.converge(TEAM, { name: uniqueName('Old name'), description: 'Kept' }, null))!;
    const config: Attrs = { name: uniqueName('New name'), description: 'Kept' };
    const p = await tf.plan(TEAM, config, state);
    refuseNext('PUT /teams/{id}');
    const a = await tf.apply(TEAM, config, state, p.value.planned);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Rejected The Value: Updating Litmos team ${state.id as string}`),
      ),
    ]);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'name' }]]);
    expect(a.value.state).toEqual(state);
  });

  test('a new description is sent with the name and the sub-team keeps its parent', async () => {
    const parent = sim.store.createTeam(uniqueName('Update parent'), '');
    const name = uniqueName('Described');
    const state = (await tf.converge(TEAM, { name, description: 'one', parent_team_id: parent.Id }, null))!;
    const updated = (await tf.converge(
      TEAM,
      { name, description: 'two', parent_team_id: parent.Id },
      state,
    ))!;
    expect(updated).toEqual({ ...state, description: 'two' });
    expect(sim.store.teams.get(state.id as string)).toMatchObject({
      Name: name,
      Description: 'two',
      ParentTeamId: parent.Id,
    });
  });

  test('destroying a team already deleted in Litmos succeeds', async () => {
    const state = (await tf.converge(TEAM, { name: uniqueName('Deleted by hand') }, null))!;
    sim.store.teams.delete(state.id as string);
    const d = await tf.apply(TEAM, null, state, null);
    expect(d.errors).toEqual([]);
  });

  test('a parent Litmos refuses to delete (it still has sub-teams) is an error naming it', async () => {
    const parent = (await tf.converge(TEAM, { name: uniqueName('Busy parent') }, null))!;
    sim.store.createTeam(uniqueName('Unmanaged child'), '', parent.id as string);
    const d = await tf.apply(TEAM, null, parent, null);
    expect(d.errors).toEqual([
      expect.stringMatching(new RegExp(`Deleting Litmos team ${parent.id as string}:`)),
    ]);
    expect(sim.store.teams.has(parent.id as string)).toBe(true);
  });
});
