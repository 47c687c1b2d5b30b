/** Shared pieces of the fault e2e tests: configurations, the fault API, and process handling. */
import { spawnSync } from 'node:child_process';
import { providerBlock } from '../../scripts/hcl.js';
import type { FaultRule } from '../../src/simulators/litmos/faults.js';
import type { LitmosSimulator } from '../../src/simulators/litmos/index.js';
import type { LitmosUser } from '../../src/litmos/index.js';

export const TEAM = 'Engineering';
export const COURSE = 'Security Awareness';

/** Batches of people: batch name → how many (`<prefix>-<batch>-NN@example.com`). */
export type Batches = Readonly<Record<string, number>>;

export function usernames(prefix: string, batches: Batches): string[] {
  return Object.entries(batches).flatMap(([b, count]) =>
    Array.from({ length: count }, (_, i) => `${prefix}-${b}-${String(i).padStart(2, '0')}@example.com`),
  );
}

/** Users, each a member of Engineering and assigned Security Awareness, for every batch. */
export function peopleConfig(prefix: string, batches: Batches): string {
  const people = JSON.stringify(usernames(prefix, batches));
  return [
    providerBlock,
    'locals {',
    `  people = toset(${people})`,
    '}',
    `data "litmos_team" "eng" { name = "${TEAM}" }`,
    `data "litmos_course" "sec" { name = "${COURSE}" }`,
    'resource "litmos_user" "p" {',
    '  for_each   = local.people',
    '  username   = each.value',
    '  first_name = "Fault"',
    '  last_name  = split("@", each.value)[0]',
    '  job_title  = "Tester"',
    '}',
    'resource "litmos_team_member" "p" {',
    '  for_each = local.people',
    '  team_id  = data.litmos_team.eng.id',
    '  user_id  = litmos_user.p[each.value].id',
    '}',
    'resource "litmos_course_assignment" "p" {',
    '  for_each  = local.people',
    '  user_id   = litmos_user.p[each.value].id',
    '  course_id = data.litmos_course.sec.id',
    '}',
    '',
  ].join('\n');
}

/** Adds a fault through the simulator's HTTP control API (as a test in another process would). */
export async function addFault(sim: LitmosSimulator, rule: FaultRule): Promise<void> {
  const response = await fetch(`${sim.origin}/_sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rule),
  });
  if (response.status !== 201) throw new Error(`fault refused: ${response.status} ${await response.text()}`);
}

export async function clearFaults(sim: LitmosSimulator): Promise<void> {
  await fetch(`${sim.origin}/_sim/faults`, { method: 'DELETE' });
}

/** One user read through the simulator's Litmos API, exactly as a client sees it. */
export async function apiUser(sim: LitmosSimulator, id: string): Promise<LitmosUser> {
  const url = `${sim.baseUrl}/users/${encodeURIComponent(id)}?source=${encodeURIComponent(sim.source)}&format=json`;
  const response = await fetch(url, { headers: { apikey: sim.apiKey } });
  if (response.status !== 200) throw new Error(`GET user ${id}: ${response.status}`);
  return (await response.json()) as LitmosUser;
}

/**
 * Every object of `names` exists exactly once: one user each (active), one membership of the
 * team, one assignment of the course. Returns the problems found (empty when all is well).
 */
export function problemsIn(sim: LitmosSimulator, names: readonly string[]): string[] {
  const team = sim.store.listTeams().find((t) => t.Name === TEAM)!;
  const course = sim.store.listCourses().find((c) => c.Name === COURSE)!;
  const problems: string[] = [];
  for (const name of names) {
    const users = sim.store.listUsers().filter((u) => u.UserName.toLowerCase() === name.toLowerCase());
    if (users.length !== 1) {
      problems.push(`${name}: ${users.length} users`);
      continue;
    }
    const user = users[0]!;
    if (!user.Active) problems.push(`${name}: inactive`);
    if (!sim.store.members.get(team.Id)?.has(user.Id)) problems.push(`${name}: not in ${TEAM}`);
    const assigned = sim.store.enrollmentsOfUser(user.Id).filter((e) => e.courseId === course.Id);
    if (assigned.length !== 1) problems.push(`${name}: ${assigned.length} assignments`);
  }
  return problems;
}

export const usersNamed = (sim: LitmosSimulator, names: readonly string[]): number =>
  names.filter((n) => sim.store.findUser(n) !== undefined).length;

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `check` every 50 ms until it holds or `timeoutMs` passes; returns whether it held. */
export async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

/** The pids of `parent`'s children whose command line contains `needle` (from `ps`). */
export function childPids(parent: number, needle: string): number[] {
  const ps = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[2]) === parent && m[3]!.includes(needle))
    .map((m) => Number(m[1]));
}
