/**
 * Adopting an existing organisation with real terraform. The simulator is seeded through its
 * HTTP API, as Okta provisioning would (users with varied flags, profile fields and access levels,
 * some deactivated; team members, leaders and admins; course assignments). A configuration of
 * `import` blocks over the provider's data sources then plans
 * "N to import, 0 to add, 0 to change, 0 to destroy"; after apply the next plan is empty, and
 * nothing in Litmos changed (compared through the Litmos API before and after). The configuration
 * is examples/adopt-existing-org, pointed at the seeded objects by its variables.
 *
 * Second case: `terraform plan -generate-config-out` for a handful of users, memberships and
 * assignments; the generated configuration validates, plans only the imports, and is empty after
 * apply.
 */
import {
  ADOPTION_EXAMPLE,
  adoptionVariables,
  planSummary,
  relationsIn,
  seedOrganisation,
  snapshotOrganisation,
  type OrganisationSnapshot,
  type SeededOrganisation,
} from '../../scripts/adopt-scenario.js';
import { providerBlock } from '../../scripts/hcl.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { describeWithTerraform, resourcesOf, TerraformWorkdir } from './terraform-harness.js';

const USERS = 240;

function env(sim: LitmosSimulator): Record<string, string> {
  return {
    LITMOS_API_KEY: sim.apiKey,
    LITMOS_SOURCE: sim.source,
    LITMOS_BASE_URL: sim.baseUrl,
    LITMOS_REQUESTS_PER_MINUTE: '1000000',
  };
}

const endpointOf = (sim: LitmosSimulator) => ({
  baseUrl: sim.baseUrl,
  apiKey: sim.apiKey,
  source: sim.source,
});

describeWithTerraform('adopting an existing Litmos organisation with import blocks', (terraform) => {
  let sim: LitmosSimulator;
  let wd: TerraformWorkdir;
  let org: SeededOrganisation;
  let before: OrganisationSnapshot;

  beforeAll(async () => {
    sim = await startLitmosSimulator({ requestsPerMinute: 1_000_000 });
    org = await seedOrganisation(endpointOf(sim), { users: USERS, teams: 4, courses: 3, prefix: 'okta' });
    before = await snapshotOrganisation(endpointOf(sim), org);
    wd = new TerraformWorkdir(terraform, { ...env(sim), ...adoptionVariables('okta') });
    wd.copyFrom(ADOPTION_EXAMPLE);
    await wd.must(['init', '-no-color']);
  });

  afterAll(async () => {
    wd?.remove();
    await sim?.close();
  });

  test('the seeded organisation is varied', () => {
    const users = [...sim.store.users.values()].filter((u) => u.UserName.startsWith('okta-'));
    expect(users).toHaveLength(USERS);
    expect(new Set(users.map((u) => u.AccessLevel))).toEqual(
      new Set(['Learner', 'Administrator', 'Team_Leader']),
    );
    expect(users.some((u) => u.DisableMessages) && users.some((u) => !u.DisableMessages)).toBe(true);
    expect(users.some((u) => u.SkipFirstLogin) && users.some((u) => !u.Active)).toBe(true);
    expect(org.memberships).toBeGreaterThan(50);
    expect(org.assignments).toBeGreaterThan(100);
  });

  test('adoption plans only imports', async () => {
    const r = await wd.must(['plan', '-no-color', '-out=adopt.tfplan']);
    expect(planSummary(r.stdout)).toEqual({
      import: USERS + relationsIn(before),
      add: 0,
      change: 0,
      destroy: 0,
    });
  });

  test('apply imports, the next plan is empty, and nothing in Litmos changed', async () => {
    const applied = await wd.must(['apply', '-no-color', 'adopt.tfplan']);
    expect(applied.stdout).toMatch(
      /Apply complete! Resources: \d+ imported, 0 added, 0 changed, 0 destroyed\./,
    );
    const next = await wd.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    expect(await snapshotOrganisation(endpointOf(sim), org)).toEqual(before);
  });
});

describeWithTerraform('adopting with terraform plan -generate-config-out', (terraform) => {
  let sim: LitmosSimulator;
  let wd: TerraformWorkdir;
  let org: SeededOrganisation;
  let before: OrganisationSnapshot;

  beforeAll(async () => {
    sim = await startLitmosSimulator({ requestsPerMinute: 1_000_000 });
    org = await seedOrganisation(endpointOf(sim), { users: 6, teams: 1, courses: 1, prefix: 'gen' });
    before = await snapshotOrganisation(endpointOf(sim), org);
    wd = new TerraformWorkdir(terraform, env(sim));
    const team = org.teamIds[0]!;
    const course = org.courseIds[0]!;
    const members = before.teams[0]!.members;
    const assigned = before.courses[0]!.users;
    const imports = [
      ...org.userIds.map((id, i) => ({ to: `litmos_user.u${i}`, id })),
      ...members.map((u, i) => ({ to: `litmos_team_member.m${i}`, id: `${team}/${u}` })),
      ...assigned.map((u, i) => ({ to: `litmos_course_assignment.a${i}`, id: `${u}/${course}` })),
    ];
    wd.write(
      'main.tf',
      [providerBlock, ...imports.map((i) => `import {\n  to = ${i.to}\n  id = "${i.id}"\n}\n`)].join('\n'),
    );
    await wd.must(['init', '-no-color']);
  });

  afterAll(async () => {
    wd?.remove();
    await sim?.close();
  });

  test('the generated configuration validates, plans only imports, and is empty after apply', async () => {
    const generated = await wd.run(['plan', '-no-color', '-generate-config-out=generated.tf']);
    expect(generated.stderr).toBe('');
    const relations = relationsIn(before);
    expect(planSummary(generated.stdout)).toEqual({
      import: 6 + relations,
      add: 0,
      change: 0,
      destroy: 0,
    });
    await wd.must(['validate', '-no-color']);
    await wd.must(['apply', '-auto-approve', '-no-color']);
    expect(resourcesOf(await wd.state())).toHaveLength(6 + relations);
    const next = await wd.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    expect(await snapshotOrganisation(endpointOf(sim), org)).toEqual(before);
  });
});
