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
import { usernames, peopleConfig, addFault, clearFaults, problemsIn, usersNamed } from './faults-helpers.js';
import { childPids, isAlive, waitFor } from './faults-helpers.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { describeWithTerraform, resourcesOf, TerraformWorkdir, type RunResult } from './terraform-harness.js';

const PREFIX = 'flt';
const PER_BATCH = 20;

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
    wd.write('main.tf', peopleConfig(PREFIX, ['a'], PER_BATCH));
    await wd.must(['init', '-no-color']);
  });

  afterAll(async () => {
    wd?.remove();
    await sim?.close();
  });

  async function expectConverged(batches: string[]): Promise<void> {
    expect(problemsIn(sim, usernames(PREFIX, batches, PER_BATCH))).toEqual([]);
    const managed = resourcesOf(await wd.state()).filter(
      (r) => r.type !== 'litmos_team' && r.type !== 'litmos_course',
    );
    expect(managed).toHaveLength(3 * PER_BATCH * batches.length);
    const plan = await wd.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
  }

  test('20 people with memberships and assignments converge through 500s, 503s, drops and slow answers', async () => {
    const faults = [
      { method: 'POST', path: '/users', times: 2, action: { kind: 'drop', when: 'after' } },
      { method: 'POST', path: '/users', times: 1, action: { kind: 'status', status: 500, when: 'after' } },
      { method: 'POST', path: '/users', times: 1, action: { kind: 'drop', when: 'before' } },
      { method: 'POST', path: '/users', times: 1, action: { kind: 'status', status: 500 } },
      { method: 'POST', path: '/teams/{id}/users', times: 2, action: { kind: 'status', status: 502 } },
      { method: 'POST', path: '/teams/{id}/users', times: 1, action: { kind: 'drop', when: 'after' } },
      { method: 'GET', path: '/teams/{id}/users', times: 2, action: { kind: 'status', status: 500 } },
      { method: 'POST', path: '/users/{id}/courses', times: 2, action: { kind: 'drop', when: 'after' } },
      { method: 'GET', path: '/users/{id}/courses', times: 3, action: { kind: 'status', status: 503 } },
      { method: 'GET', path: '/users/{id}/courses', times: 3, action: { kind: 'delay', ms: 1_500 } },
      { method: 'GET', path: '/users', times: 2, action: { kind: 'delay', ms: 1_000 } },
    ] as const;
    for (const rule of faults) await addFault(sim, rule);

    const r = await wd.run(['apply', '-auto-approve', '-no-color']);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/Error:/);
    expect(r.code).toBe(0);
    expect(sim.faults.list()).toEqual([]); // every injected fault was met
    await expectConverged(['a']);
  });

  /** Starts an apply of `batches`, waits until Litmos holds 3 of the last batch's users, then `kill`s. */
  async function crashMidApply(
    batches: string[],
    kill: (terraformPid: number) => number,
  ): Promise<{ result: RunResult; killed: number }> {
    wd.write('main.tf', peopleConfig(PREFIX, batches, PER_BATCH));
    const fresh = usernames(PREFIX, [batches[batches.length - 1]!], PER_BATCH);
    // Slow creates, so that the kill lands with creates in flight (held here, then done by Litmos).
    await addFault(sim, { method: 'POST', path: '/users', times: 1_000, action: { kind: 'delay', ms: 700 } });
    const run = wd.start(['apply', '-auto-approve', '-no-color']);
    expect(await waitFor(() => usersNamed(sim, fresh) >= 3, 60_000)).toBe(true);
    const killed = kill(run.child.pid!);
    const result = await run.result;
    // Requests the dead process left in flight still finish in Litmos: wait for them, then clear.
    await new Promise((r) => setTimeout(r, 1_000));
    await clearFaults(sim);
    expect(usersNamed(sim, fresh)).toBeLessThan(PER_BATCH + 1);
    return { result, killed };
  }

  test('kill -9 of terraform mid-apply: the provider exits, and a plain re-apply converges', async () => {
    let provider = 0;
    const { result } = await crashMidApply(['a', 'b'], (pid) => {
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
    await expectConverged(['a', 'b']);
  });

  test('kill -9 of the provider mid-apply: terraform fails, and a plain re-apply converges', async () => {
    const { result, killed } = await crashMidApply(['a', 'b', 'c'], (pid) => {
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
    await expectConverged(['a', 'b', 'c']);
  });
});
