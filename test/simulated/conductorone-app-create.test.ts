/**
 * A `litmos_conductorone_app` create repeated after a crash (the app exists, Terraform lost it from
 * state) adopts the app only when it is the one the create would have made; any other app of the
 * same display name fails the create, unchanged, with its ID and the import command.
 */
import { ConductorOneClient } from '../../src/conductorone/index.js';
import {
  startConductorOneSimulator,
  type ConductorOneSimulator,
} from '../../src/simulators/conductorone/index.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const APP = 'litmos_conductorone_app';

describe('litmos_conductorone_app create with apps of the same display name', () => {
  let sim: ConductorOneSimulator;
  let tf: ProviderHarness;
  let client: ConductorOneClient;

  beforeAll(async () => {
    sim = await startConductorOneSimulator();
    tf = await ProviderHarness.againstConductorOne(sim);
    client = new ConductorOneClient({
      serverUrl: sim.serverUrl,
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
    });
  });
  afterAll(() => sim.close());

  /** Live apps in the simulator with exactly this display name. */
  const named = (displayName: string) =>
    [...sim.store.apps.values()].filter((a) => a.displayName === displayName && !a.deletedAt);
  const snapshotApps = (): string => JSON.stringify([...sim.store.apps.values()]);

  /** Plan and apply a create (no prior state), as a re-apply after a crash does. */
  async function create(config: Attrs) {
    const p = await tf.plan(APP, config, null);
    expect(p.errors).toEqual([]);
    return tf.apply(APP, config, null, p.value.planned);
  }
  const summaries = (a: { diagnostics: { summary: string }[] }): string[] =>
    a.diagnostics.map((d) => d.summary);

  test('with no app of the name, creates one, with no warning', async () => {
    const a = await create({
      display_name: 'Fresh app',
      description: 'New',
      owner_user_ids: [sim.adminUserId],
    });
    expect(a.errors).toEqual([]);
    expect(summaries(a)).toEqual([]);
    expect(named('Fresh app').map((x) => x.id)).toEqual([a.value.state?.id]);
  });

  test('repeated after a crash (state lost), adopts the equal app with a warning and makes no second one', async () => {
    const config = { display_name: 'Crash app', description: 'LMS', owner_user_ids: [sim.adminUserId] };
    const lost: ObjectValue | null = await tf.converge(APP, config, null);
    const a = await create(config);
    expect(a.errors).toEqual([]);
    expect(a.value.state?.id).toBe(lost?.id);
    expect(summaries(a)).toEqual(['Existing ConductorOne App Adopted']);
    expect(named('Crash app')).toHaveLength(1);
    // The adopted state is settled: the next plan changes nothing.
    const again = await tf.plan(APP, config, a.value.state);
    expect(again.errors).toEqual([]);
    expect(again.value.planned).toEqual(a.value.state);
  });

  test('with owners unset, adopts whatever owners the equal app has (they are not managed)', async () => {
    const made = await client.createApp({
      displayName: 'Unowned config',
      description: 'd',
      owners: [sim.otherUserId],
    });
    const a = await create({ display_name: 'Unowned config', description: 'd' });
    expect(a.errors).toEqual([]);
    expect(a.value.state?.id).toBe(made.id);
    expect(a.value.state?.owner_user_ids).toEqual([sim.otherUserId]);
    expect(named('Unowned config')).toHaveLength(1);
  });

  test('an app of the name with another description fails the create with its ID and the import command, unchanged', async () => {
    const theirs = await client.createApp({ displayName: 'Shared name', description: 'Theirs' });
    const before = snapshotApps();
    const a = await create({ display_name: 'Shared name', description: 'Ours' });
    expect(a.value.state).toBeNull();
    expect(a.errors).toHaveLength(1);
    const [error] = a.errors;
    expect(error).toContain('ConductorOne App Name Taken');
    expect(error).toContain(theirs.id);
    expect(error).toContain('description: ConductorOne has "Theirs", the configuration "Ours"');
    expect(error).toContain(`terraform import 'litmos_conductorone_app.shared_name' '${theirs.id}'`);
    expect(a.diagnostics[0]?.attribute).toBeDefined();
    expect(snapshotApps()).toBe(before);
  });

  test('an app of the name with other owners is refused, naming the owners', async () => {
    const theirs = await client.createApp({ displayName: 'Owned elsewhere', owners: [sim.otherUserId] });
    const before = snapshotApps();
    const a = await create({ display_name: 'Owned elsewhere', owner_user_ids: [sim.adminUserId] });
    expect(a.errors.join()).toContain(theirs.id);
    expect(a.errors.join()).toContain(
      `owner_user_ids: ConductorOne has ["${sim.otherUserId}"], the configuration ["${sim.adminUserId}"]`,
    );
    expect(snapshotApps()).toBe(before);
  });

  test('an unset description does not adopt an app that has one (the next apply would clear it)', async () => {
    const theirs = await client.createApp({ displayName: 'Described', description: 'Keep me' });
    const before = snapshotApps();
    const a = await create({ display_name: 'Described' });
    expect(a.errors.join()).toContain(`${theirs.id}`);
    expect(a.errors.join()).toContain('description: ConductorOne has "Keep me", the configuration none');
    expect(snapshotApps()).toBe(before);
  });

  test('two equal apps of the name are refused, naming both, and neither is changed', async () => {
    const one = await client.createApp({ displayName: 'Twin', description: 'x' });
    const two = await client.createApp({ displayName: 'Twin', description: 'x' });
    const before = snapshotApps();
    const a = await create({ display_name: 'Twin', description: 'x' });
    expect(a.errors).toHaveLength(1);
    expect(a.errors[0]).toContain(one.id);
    expect(a.errors[0]).toContain(two.id);
    expect(snapshotApps()).toBe(before);
  });

  test('an app named the same in another case, or deleted, does not block the create', async () => {
    await client.createApp({ displayName: 'CASED APP', description: 'c' });
    const gone = await client.createApp({ displayName: 'Cased app', description: 'c' });
    await client.deleteApp(gone.id);
    const a = await create({ display_name: 'Cased app', description: 'c' });
    expect(a.errors).toEqual([]);
    expect(summaries(a)).toEqual([]);
    expect(a.value.state?.id).not.toBe(gone.id);
    expect(named('CASED APP')).toHaveLength(1);
    expect(named('Cased app')).toHaveLength(1);
  });
});
