/**
 * The whole path through real terraform, on `examples/terraform` against the simulators: init,
 * validate, plan, apply, a second plan that must be empty, a change, import, drift, destroy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithTerraform, resourcesOf, TerraformWorkdir } from './terraform-harness.js';
import { startSimulators, type Simulators } from '../../scripts/simulators.js';

describeWithTerraform('examples/terraform through real terraform', (terraform) => {
  let sims: Simulators;
  let wd: TerraformWorkdir;

  beforeAll(async () => {
    sims = await startSimulators();
    wd = new TerraformWorkdir(terraform, sims.env);
    wd.copyFrom('examples/terraform');
    await wd.must(['init', '-no-color']);
  });

  afterAll(async () => {
    wd?.remove();
    await sims?.close();
  });

  const usernames = ['ada@example.com', 'grace@example.com', 'alan@example.com'];

  test('validate accepts the example', async () => {
    const r = await wd.must(['validate', '-no-color']);
    expect(r.stdout).toMatch(/The configuration is valid/);
  });

  test('apply creates users, memberships, assignments and the connector', async () => {
    await wd.must(['apply', '-auto-approve', '-no-color']);
    const store = sims.litmos.store;
    for (const name of usernames) expect(store.findUser(name)?.Active).toBe(true);
    expect(store.findUser('ada@example.com')?.AccessLevel).toBe('Administrator');
    const engineering = store.listTeams().find((t) => t.Name === 'Engineering')!;
    const members = store.teamUsers(engineering.Id, 'members').map((u) => u.UserName);
    expect(members).toEqual(expect.arrayContaining(usernames));
    expect(store.teamUsers(engineering.Id, 'leaders').map((u) => u.UserName)).toEqual(['grace@example.com']);
    const state = await wd.state();
    const types = resourcesOf(state).map((r) => r.type);
    expect(types.filter((t) => t === 'litmos_course_assignment')).toHaveLength(3);
    expect(types).toContain('litmos_conductorone_connector');
    // The connector key is an ephemeral variable sent write-only: the state file does not hold it,
    // and Terraform's own view of the state has no value for it.
    expect(readFileSync(join(wd.dir, 'terraform.tfstate'), 'utf8')).not.toContain(sims.litmos.apiKey);
    const connector = resourcesOf(state).find((r) => r.type === 'litmos_conductorone_connector')!;
    expect(connector.values.api_key ?? null).toBeNull();
    expect(connector.values.api_key_wo ?? null).toBeNull();
  });

  test('a second plan shows no changes', async () => {
    const r = await wd.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test('a change to one access level updates in place', async () => {
    await wd.must([
      'apply',
      '-auto-approve',
      '-no-color',
      '-var',
      'people={"ada@example.com"={first_name="Ada",last_name="Lovelace",access_level="Team_Leader"},"grace@example.com"={first_name="Grace",last_name="Hopper",team_role="leader"},"alan@example.com"={first_name="Alan",last_name="Turing"}}',
    ]);
    expect(sims.litmos.store.findUser('ada@example.com')?.AccessLevel).toBe('Team_Leader');
  });

  test('import adopts an existing user and the plan stays empty', async () => {
    const people =
      'people={"ada@example.com"={first_name="Ada",last_name="Lovelace",access_level="Team_Leader"},"grace@example.com"={first_name="Grace",last_name="Hopper",team_role="leader"},"alan@example.com"={first_name="Alan",last_name="Turing"}}';
    await wd.must(['state', 'rm', 'litmos_user.person["alan@example.com"]']);
    await wd.must([
      'import',
      '-no-color',
      '-var',
      people,
      'litmos_user.person["alan@example.com"]',
      'alan@example.com',
    ]);
    const r = await wd.run(['plan', '-detailed-exitcode', '-no-color', '-var', people]);
    expect(r.code).toBe(0);
  });

  test('a user deleted in Litmos is planned for creation again', async () => {
    const alan = sims.litmos.store.findUser('alan@example.com')!;
    sims.litmos.store.deleteUser(alan.Id);
    const r = await wd.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/litmos_user\.person\["alan@example\.com"\] will be created/);
  });

  test('destroy deactivates users and removes the connector', async () => {
    await wd.must(['destroy', '-auto-approve', '-no-color']);
    expect(sims.litmos.store.findUser('ada@example.com')?.Active).toBe(false);
    expect(resourcesOf(await wd.state())).toHaveLength(0);
  });
});
