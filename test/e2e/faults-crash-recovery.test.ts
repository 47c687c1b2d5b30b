/**
 * Real terraform against a misbehaving Litmos (the simulator's fault API) and against crashes:
 *
 * 1. 20 users, each with a team membership and a course assignment, applied through injected 500
 *    pages, 502s, a 503 burst, dropped connections (before and after Litmos acted) and slow
 *    answers: the apply succeeds and the next plan is empty.
 * 2. `kill -9` of terraform in the middle of an apply that creates 20 more: the provider exits by
 *    itself, and a plain re-apply converges with every object present exactly once.
 * 3. The same with `kill -9` of the provider instead.
 *
 * The stages share one working directory and simulator; each adds a batch of 20 people.
 */
import {
  addFault,
  childPids,
  clearFaults,
  isAlive,
  peopleConfig,
  problemsIn,
  usernames,
  usersNamed,
  waitFor,
  type Batches,
} from './faults-helpers.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { describeWithTerraform, resourcesOf, TerraformWorkdir, type RunResult } from './terraform-harness.js';

const PREFIX = 'flt';
/** The first apply: about twenty people, as the issue asks. */
const FAULTS_BATCH = { a: 20 };
/** Each crash adds a smaller batch: enough for creates to be in flight when the kill lands. */
const AFTER_TERRAFORM_KILL = { ...FAULTS_BATCH, b: 8 };
const AFTER_PROVIDER_KILL = { ...AFTER_TERRAFORM_KILL, c: 8 };

describeWithTerraform('applies that ride through faults and crashes', (terraform) => {
  let sim: LitmosSimulator;
  let wd: TerraformWorkdir;

  beforeAll(async () => {
    sim = await startLitmosSimulator({ requestsPerMinute: 100_000 });
    wd = new TerraformWorkdir(terraform, {
      LITMOS_API_KEY: sim.apiKey,
      LITMOS_SOURCE: sim.source,
      LITMOS_BASE_URL: sim.baseUrl,
      LITMOS_REQUESTS_PER_MINUTE: '100000',
    });
    wd.write('main.tf', peopleConfig(PREFIX, FAULTS_BATCH));
    await wd.must(['init', '-no-color']);
  });

  afterAll(async () => {
    wd?.remove();
    await sim?.close();
  });

  async function expectConverged(batches: Batches): Promise<void> {
    const people = usernames(PREFIX, batches);
    expect(problemsIn(sim, people)).toEqual([]);
    const managed = resourcesOf(await wd.state()).filter(
      (r) => r.type !== 'litmos_team' && r.type !== 'litmos_course',
    );
    expect(managed).toHaveLength(3 * people.length);
    const plan = await wd.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
  }

  test('20 people with memberships and assignments converge through 500s, 503s, drops and slow answers', async () => {
    const faults = [
      // A burst of 503s on the first creates, which terraform sends ten at a time.
      { method: 'POST', path: '/users', times: 4, action: { kind: 'status', status: 503 } },
      { method: 'POST', path: '/users', times: 2, action: { kind: 'drop', when: 'after' } },
      { method: 'POST', path: '/users', times: 1, action: { kind: 'status', status: 500, when: 'after' } },
      { method: 'POST', path: '/users', times: 1, action: { kind: 'drop', when: 'before' } },
      { method: 'POST', path: '/users', times: 1, action: { kind: 'status', status: 500 } },
      { method: 'POST', path: '/teams/{id}/users', times: 2, action: { kind: 'status', status: 502 } },
      { method: 'POST', path: '/teams/{id}/users', times: 1, action: { kind: 'drop', when: 'after' } },
      // A read every apply of new assignments makes: the course lookup (once per course and
      // process). Member read-backs are not used here: for users this apply created, the provider
      // knows the outcome and skips them.
      { method: 'GET', path: '/courses/{id}', times: 2, action: { kind: 'status', status: 500 } },
      { method: 'POST', path: '/users/{id}/courses', times: 2, action: { kind: 'drop', when: 'after' } },
      // Slow answers on a route every assignment uses (which read checks an assignment depends
      // on how the checks group, so a read route would not always be met).
      { method: 'POST', path: '/users/{id}/courses', times: 3, action: { kind: 'delay', ms: 1_500 } },
      { method: 'GET', path: '/users', times: 2, action: { kind: 'delay', ms: 1_000 } },
    ] as const;
    for (const rule of faults) await addFault(sim, rule);
    sim.resetStats();

    const r = await wd.run(['apply', '-auto-approve', '-no-color']);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/Error:/);
    expect(r.code).toBe(0);
    expect(sim.faults.list()).toEqual([]); // every injected fault was met
    const stats = sim.stats();
    process.stderr.write(
      `faults e2e: ${faults.reduce((n, f) => n + f.times, 0)} injected faults, ${stats.requests} requests ` +
        `for ${3 * 20} resources (POST /users ${stats.byRoute['POST /users'] ?? 0}, ` +
        `GET /users lookups ${stats.byRoute['GET /users'] ?? 0})\n`,
    );
    await expectConverged(FAULTS_BATCH);
  });

  /**
   * Starts an apply of `batches`, waits until Litmos holds 3 users of batch `fresh`, then `kill`s.
   * Checks that the crash left orphans: users in Litmos that the state does not know.
   */
  async function crashMidApply(
    batches: Batches,
    fresh: string,
    kill: (terraformPid: number) => number,
  ): Promise<{ result: RunResult; killed: number }> {
    wd.write('main.tf', peopleConfig(PREFIX, batches));
    const newcomers = usernames(PREFIX, { [fresh]: batches[fresh]! });
    // Creates that Litmos makes at once but answers late, so that the kill lands between the two.
    await addFault(sim, {
      method: 'POST',
      path: '/users',
      times: 1_000,
      action: { kind: 'delay', ms: 1_500, when: 'after' },
    });
    const run = wd.start(['apply', '-auto-approve', '-no-color']);
    expect(await waitFor(() => usersNamed(sim, newcomers) >= 3, 60_000)).toBe(true);
    const killed = kill(run.child.pid!);
    const result = await run.result;
    // Let the answers nobody waits for any more go out, then clear the fault.
    await new Promise((r) => setTimeout(r, 1_600));
    await clearFaults(sim);
    const inState = resourcesOf(await wd.state()).filter(
      (r) => r.type === 'litmos_user' && newcomers.includes(String(r.values.username)),
    ).length;
    expect(usersNamed(sim, newcomers)).toBeGreaterThan(inState);
    return { result, killed };
  }

  test('kill -9 of terraform mid-apply: the provider exits, and a plain re-apply converges', async () => {
    let provider = 0;
    const { result } = await crashMidApply(AFTER_TERRAFORM_KILL, 'b', (pid) => {
      provider = childPids(pid, 'terraform-provider-litmos')[0] ?? 0;
      process.kill(pid, 'SIGKILL');
      return pid;
    });
    expect(result.code).toBe(-1);
    expect(provider).toBeGreaterThan(0);
    // The orphaned provider notices its parent is gone (generous wait; fails only if it never exits).
    expect(await waitFor(() => !isAlive(provider), 30_000)).toBe(true);

    const again = await wd.run(['apply', '-auto-approve', '-no-color']);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    // The orphans were adopted, not created twice and not refused.
    expect(again.stdout).toMatch(/Warning: Existing Litmos User Adopted/);
    await expectConverged(AFTER_TERRAFORM_KILL);
  });

  test('kill -9 of the provider mid-apply: terraform fails, and a plain re-apply converges', async () => {
    const { result, killed } = await crashMidApply(AFTER_PROVIDER_KILL, 'c', (pid) => {
      const provider = childPids(pid, 'terraform-provider-litmos')[0];
      if (provider === undefined) throw new Error('no provider process under terraform');
      process.kill(provider, 'SIGKILL');
      return provider;
    });
    expect(isAlive(killed)).toBe(false);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Error/);

    const again = await wd.run(['apply', '-auto-approve', '-no-color']);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    // The orphans were adopted, not created twice and not refused.
    expect(again.stdout).toMatch(/Warning: Existing Litmos User Adopted/);
    await expectConverged(AFTER_PROVIDER_KILL);
  });
});
