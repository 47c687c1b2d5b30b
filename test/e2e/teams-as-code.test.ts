/**
 * Teams as code through real terraform against the Litmos simulator: a team tree made (with a
 * course for the team and its sub-teams, and no e-mail sent), a sub-team renamed and another
 * moved (a new parent replaces it); an authoritative roster that removes an intruder added through
 * the simulator's API and an administrator set that demotes a user promoted out of band through
 * the API, both named in the plan; a coalesced apply in which one membership is refused and only
 * its resource fails; a per-user access level and a membership that the administrator set and the
 * roster contradict, refused at plan time. Every second plan is empty.
 */
import { providerBlock } from '../../scripts/hcl.js';
import {
  sentMessages,
  startLitmosSimulator,
  type LitmosSimulator,
} from '../../src/simulators/litmos/index.js';
import { teamCourses } from '../../src/simulators/litmos/team-changes.js';
import { describeWithTerraform, resourcesOf, TerraformWorkdir } from './terraform-harness.js';

interface Shape {
  readonly platformName: string;
  readonly infraParent: 'eng' | 'platform';
  readonly newcomers?: readonly string[];
  /** More HCL appended to the configuration. */
  readonly extra?: string;
}

function config(shape: Shape): string {
  const newcomers = shape.newcomers ?? [];
  return [
    providerBlock,
    'resource "litmos_team" "eng" {',
    '  name        = "E2E Eng"',
    '  description = "Everyone who builds"',
    '}',
    'resource "litmos_team" "platform" {',
    `  name           = "${shape.platformName}"`,
    '  parent_team_id = litmos_team.eng.id',
    '}',
    'resource "litmos_team" "infra" {',
    '  name           = "E2E Infra"',
    `  parent_team_id = litmos_team.${shape.infraParent}.id`,
    '}',
    'data "litmos_course" "security" { name = "Security Awareness" }',
    'resource "litmos_team_course" "eng" {',
    '  team_id          = litmos_team.eng.id',
    '  course_id        = data.litmos_course.security.id',
    '  include_subteams = true',
    '  depends_on       = [litmos_team.platform, litmos_team.infra] # the sub-teams exist first',
    '}',
    'resource "litmos_user" "lead" {',
    '  username     = "e2e.lead@example.com"',
    '  first_name   = "Lead"',
    '  last_name    = "Person"',
    '  access_level = "Administrator" # agrees with litmos_administrators (clash rule)',
    '}',
    'resource "litmos_user" "dev" {',
    '  username   = "e2e.dev@example.com"',
    '  first_name = "Dev"',
    '  last_name  = "Person"',
    '}',
    'resource "litmos_team_members" "eng" {',
    '  team_id = litmos_team.eng.id',
    '  members = { (litmos_user.lead.id) = "leader", (litmos_user.dev.id) = "member" }',
    '}',
    'resource "litmos_administrators" "all" {',
    '  user_ids  = [litmos_user.lead.id]',
    '  demote_to = "Learner"',
    '  depends_on = [litmos_user.lead]',
    '}',
    `variable "newcomers" {`,
    '  type    = map(string)',
    `  default = { ${newcomers.map((n) => `"${n}" = "${n}"`).join(', ')} }`,
    '}',
    'resource "litmos_team_member" "infra" {',
    '  for_each = var.newcomers',
    '  team_id  = litmos_team.infra.id',
    '  user_id  = each.value',
    '}',
    shape.extra ?? '',
    '',
  ].join('\n');
}

describeWithTerraform('teams as code through real terraform', (terraform) => {
  let sim: LitmosSimulator;
  let wd: TerraformWorkdir;
  const team = (name: string) => sim.store.listTeams().find((t) => t.Name === name);
  const members = (teamId: string) =>
    sim.store
      .teamUsers(teamId, 'members')
      .map((u) => u.UserName)
      .sort();

  async function expectEmptyPlan(): Promise<void> {
    const r = await wd.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(r.stderr).toBe('');
    if (r.code !== 0) process.stderr.write(r.stdout);
    expect(r.code).toBe(0);
  }

  beforeAll(async () => {
    sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
    wd = new TerraformWorkdir(terraform, {
      LITMOS_API_KEY: sim.apiKey,
      LITMOS_SOURCE: sim.source,
      LITMOS_BASE_URL: sim.baseUrl,
      LITMOS_REQUESTS_PER_MINUTE: '10000',
    });
    wd.write('main.tf', config({ platformName: 'E2E Platform', infraParent: 'eng' }));
    await wd.must(['init', '-no-color']);
  });
  afterAll(async () => {
    wd?.remove();
    await sim?.close();
  });

  test('apply makes the team tree, the roster and the administrator set; a second plan is empty', async () => {
    await wd.must(['apply', '-auto-approve', '-no-color']);
    const eng = team('E2E Eng')!;
    expect(team('E2E Platform')?.ParentTeamId).toBe(eng.Id);
    expect(team('E2E Infra')?.ParentTeamId).toBe(eng.Id);
    expect(members(eng.Id)).toEqual(['e2e.dev@example.com', 'e2e.lead@example.com']);
    expect(sim.store.findUser('e2e.lead@example.com')?.AccessLevel).toBe('Administrator');
    const security = sim.store.listCourses().find((c) => c.Name === 'Security Awareness')!;
    const placed = (teamId: string) => teamCourses(sim.store, teamId).map((c) => c.courseId);
    // include_subteams: the course reaches every sub-team that exists when it is assigned.
    for (const t of [eng, team('E2E Platform')!, team('E2E Infra')!])
      expect(placed(t.Id)).toEqual([security.Id]);
    expect(sentMessages(sim.store)).toEqual([]); // no e-mail: nothing asked for one
    await expectEmptyPlan();
  });

  test('a sub-team is renamed in place and another moved under a new parent (replaced)', async () => {
    const before = team('E2E Platform')!.Id;
    wd.write('main.tf', config({ platformName: 'E2E Platform Eng', infraParent: 'platform' }));
    const plan = await wd.must(['plan', '-no-color']);
    expect(plan.stdout).toMatch(/litmos_team\.platform will be updated in-place/);
    expect(plan.stdout).toMatch(/litmos_team\.infra must be replaced/);
    await wd.must(['apply', '-auto-approve', '-no-color']);
    expect(team('E2E Platform Eng')?.Id).toBe(before);
    expect(team('E2E Infra')?.ParentTeamId).toBe(before);
    await expectEmptyPlan();
  });

  test('the plan names an intruder and a user promoted out of band; the apply removes and demotes them', async () => {
    const eng = team('E2E Eng')!;
    const intruder = sim.store.createUser({
      UserName: 'e2e.intruder@example.com',
      FirstName: 'In',
      LastName: 'Truder',
    });
    const response = await fetch(`${sim.baseUrl}/teams/${eng.Id}/users?source=${sim.source}&format=json`, {
      method: 'POST',
      headers: { apikey: sim.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify([{ Id: intruder.Id }]),
    });
    expect(response.status).toBe(201);
    // A Learner promoted to Administrator out of band, through the API as an administrator would.
    const promoted = sim.store.createUser({
      UserName: 'e2e.promoted@example.com',
      FirstName: 'Pro',
      LastName: 'Moted',
    });
    const promotion = await fetch(`${sim.baseUrl}/users/${promoted.Id}?source=${sim.source}&format=json`, {
      method: 'PUT',
      headers: { apikey: sim.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({
        Id: promoted.Id,
        UserName: promoted.UserName,
        FirstName: promoted.FirstName,
        LastName: promoted.LastName,
        AccessLevel: 'Administrator',
      }),
    });
    expect(promotion.status).toBe(200);
    expect(sim.store.findUser(promoted.Id)?.AccessLevel).toBe('Administrator');
    const plan = await wd.must(['plan', '-no-color']);
    expect(plan.stdout).toContain(`e2e.intruder@example.com (${intruder.Id})`);
    expect(plan.stdout).toContain(`e2e.promoted@example.com (${promoted.Id})`);
    await wd.must(['apply', '-auto-approve', '-no-color']);
    expect(members(eng.Id)).toEqual(['e2e.dev@example.com', 'e2e.lead@example.com']);
    expect(sim.store.findUser(promoted.Id)?.AccessLevel).toBe('Learner');
    await expectEmptyPlan();
  });

  test('a coalesced apply in which Litmos ignores one user fails only that membership', async () => {
    const infra = team('E2E Infra')!;
    const ok1 = sim.store.createUser({ UserName: 'e2e.new1@example.com', FirstName: 'N', LastName: 'One' });
    const ok2 = sim.store.createUser({ UserName: 'e2e.new2@example.com', FirstName: 'N', LastName: 'Two' });
    const asleep = sim.store.createUser({
      UserName: 'e2e.asleep@example.com',
      FirstName: 'A',
      LastName: 'Sleep',
      Active: false,
    });
    wd.write(
      'main.tf',
      config({
        platformName: 'E2E Platform Eng',
        infraParent: 'platform',
        newcomers: [ok1.Id, ok2.Id, asleep.Id],
      }),
    );
    const r = await wd.run(['apply', '-auto-approve', '-no-color']);
    expect(r.code).toBe(1);
    const errors = r.stderr.split('Error: ').slice(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`Litmos User Not Added To Team[\\s\\S]*${asleep.Id}`));
    expect(members(infra.Id)).toEqual(['e2e.new1@example.com', 'e2e.new2@example.com']);
    const inState = resourcesOf(await wd.state())
      .filter((x) => x.type === 'litmos_team_member')
      .map((x) => x.values.user_id);
    expect(inState.sort()).toEqual([ok1.Id, ok2.Id].sort());
    // How many POSTs the three adds took depends on timing (they are coalesced when they reach
    // the provider within one window); test/simulated/team-writes.test.ts checks the batching.
    wd.write(
      'main.tf',
      config({ platformName: 'E2E Platform Eng', infraParent: 'platform', newcomers: [ok1.Id, ok2.Id] }),
    );
    await expectEmptyPlan();
  });

  test('per-user resources that the roster or the administrator set contradict fail the plan, naming the user', async () => {
    const dev = sim.store.findUser('e2e.dev@example.com')!;
    const outsider = sim.store.findUser('e2e.new1@example.com')!;
    const shape = { platformName: 'E2E Platform Eng', infraParent: 'platform' as const };
    wd.write(
      'main.tf',
      config({
        ...shape,
        extra: [
          'resource "litmos_user_access_level" "dev" {',
          '  user_id      = litmos_user.dev.id',
          '  access_level = "Administrator"',
          '}',
          'resource "litmos_team_member" "outsider" {',
          '  team_id = litmos_team.eng.id',
          `  user_id = "${outsider.Id}"`,
          '}',
        ].join('\n'),
      }),
    );
    const r = await wd.run(['plan', '-no-color']);
    wd.write('main.tf', config(shape));
    expect(r.code).toBe(1);
    // Terraform wraps the details: compare them with single spaces.
    const errors = r.stderr
      .split('Error: ')
      .slice(1)
      .map((e) => e.replace(/\s+/g, ' '));
    expect(errors).toHaveLength(2);
    const adminClash = errors.find((e) => e.startsWith('Litmos Administrator Set Clash'));
    expect(adminClash).toContain(
      'with access_level Administrator, but litmos_administrators leaves them out',
    );
    expect(adminClash).toContain(`e2e.dev@example.com (${dev.Id})`);
    const rosterClash = errors.find((e) => e.startsWith('Litmos Team Roster Clash'));
    expect(rosterClash).toContain(outsider.Id);
    expect(rosterClash).toContain('leaves the user out');
    expect(sim.store.findUser(dev.Id)?.AccessLevel).toBe('Learner');
  });

  test('destroy deletes the team tree', async () => {
    await wd.must(['destroy', '-auto-approve', '-no-color']);
    expect(team('E2E Eng')).toBeUndefined();
    expect(team('E2E Infra')).toBeUndefined();
  });
});
