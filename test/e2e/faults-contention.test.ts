/**
 * Real terraform where the failure is not ours to fix:
 *
 * - An ambiguous create (the POST's connection drops before Litmos sees it) of a username that
 *   someone else's active Administrator holds: the apply fails naming the differences and the
 *   import command, and the account is unchanged, as read back through the simulator's API.
 * - A competing client spending the same key's budget during an apply: the simulator answers the
 *   provider 503s (its rate limit), which the provider waits out; the apply succeeds and the next
 *   plan is empty.
 */
import { providerBlock } from '../../scripts/hcl.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { addFault, apiUser, peopleConfig, problemsIn, usernames } from './faults-helpers.js';
import { describeWithTerraform, TerraformWorkdir } from './terraform-harness.js';

describeWithTerraform('creates that meet contention', (terraform) => {
  let sim: LitmosSimulator;
  const workdirs: TerraformWorkdir[] = [];

  async function workdir(env: Record<string, string>, mainTf: string): Promise<TerraformWorkdir> {
    const wd = new TerraformWorkdir(terraform, {
      LITMOS_API_KEY: sim.apiKey,
      LITMOS_SOURCE: sim.source,
      LITMOS_BASE_URL: sim.baseUrl,
      ...env,
    });
    workdirs.push(wd);
    wd.write('main.tf', mainTf);
    await wd.must(['init', '-no-color']);
    return wd;
  }

  afterEach(async () => {
    for (const wd of workdirs.splice(0)) wd.remove();
    await sim?.close();
  });

  test('an ambiguous create never takes over someone else’s active account', async () => {
    sim = await startLitmosSimulator({ requestsPerMinute: 100_000 });
    const admin = sim.store.createUser({
      UserName: 'boss@example.com',
      FirstName: 'Barbara',
      LastName: 'Boss',
      AccessLevel: 'Administrator',
    });
    const before = await apiUser(sim, admin.Id);
    const wd = await workdir(
      { LITMOS_REQUESTS_PER_MINUTE: '100000' },
      [
        providerBlock,
        'resource "litmos_user" "boss" {',
        '  username   = "boss@example.com"',
        '  first_name = "Bob"',
        '  last_name  = "Builder"',
        '}',
        '',
      ].join('\n'),
    );
    await addFault(sim, {
      method: 'POST',
      path: '/users',
      times: 1,
      action: { kind: 'drop', when: 'before' },
    });

    const r = await wd.run(['apply', '-auto-approve', '-no-color']);
    expect(r.code).toBe(1);
    const stderr = r.stderr.replace(/[\s│]+/g, ' ');
    expect(stderr).toMatch(/Error: Litmos Username Taken/);
    expect(stderr).toMatch(/first_name: Litmos has "Barbara", the configuration "Bob"/);
    expect(stderr).toMatch(/access_level: Litmos has "Administrator", a new user gets "Learner"/);
    expect(stderr).toContain(`terraform import 'litmos_user.boss' '${admin.Id}'`);
    expect(await apiUser(sim, admin.Id)).toEqual(before);
    expect(sim.store.listUsers().filter((u) => u.UserName === 'boss@example.com')).toHaveLength(1);
  });

  test('a competing client spending the same key’s budget: the apply waits its turn and converges', async () => {
    // 40 requests per 2 s window for the key; the provider is told 100 000 a minute, so it learns
    // of the competitor only through the simulator's 503s.
    sim = await startLitmosSimulator({ requestsPerMinute: 40, rateLimitWindowMs: 2_000 });
    const people = { k: 6 };
    const wd = await workdir({ LITMOS_REQUESTS_PER_MINUTE: '100000' }, peopleConfig('cmp', people));

    // Three bursts of a whole window's budget, one per window, while terraform starts its apply.
    let spent = 0;
    let ownRejected = 0;
    const competitor = (async () => {
      const url = `${sim.baseUrl}/courses?source=${encodeURIComponent(sim.source)}&format=json`;
      for (let burst = 0; burst < 3; burst += 1) {
        await Promise.all(
          Array.from({ length: 40 }, async () => {
            const res = await fetch(url, { headers: { apikey: sim.apiKey } });
            await res.arrayBuffer();
            spent += 1;
            if (res.status === 503) ownRejected += 1;
          }),
        );
        await new Promise((r) => setTimeout(r, 2_000));
      }
    })();
    const run = wd.start(['apply', '-auto-approve', '-no-color']);
    await competitor;
    const r = await run.result;
    const providerRejected = sim.stats().rejected - ownRejected;
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/Error:/);
    expect(r.code).toBe(0);
    process.stderr.write(
      `competing client: spent ${spent} requests (${ownRejected} rejected); the provider's rejected: ${providerRejected}\n`,
    );
    expect(spent).toBe(120);
    // The provider met the competitor: some of its requests were refused, and it rode through them.
    expect(providerRejected).toBeGreaterThan(0);
    expect(problemsIn(sim, usernames('cmp', people))).toEqual([]);
    const plan = await wd.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(plan.code).toBe(0);
  });
});
