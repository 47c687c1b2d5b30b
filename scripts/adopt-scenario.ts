/**
 * The scenario behind the adoption e2e test and benchmark: a Litmos organisation made the way Okta
 * provisioning makes one (through the simulator's HTTP API, never through the provider), then
 * adopted by examples/adopt-existing-org: `import` blocks over the provider's data sources.
 *
 * Users get varied flags (messages disabled, first login skipped, some deactivated), profile
 * fields and access levels; teams get members, leaders and admins; courses get assigned users.
 */

/** Where the simulator serves the Litmos API, and its credentials. */
export interface LitmosEndpoint {
  /** `…/v1.svc` */
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly source: string;
}

export interface OrganisationSpec {
  readonly users: number;
  /** Teams, each holding some of the users. @default 0 */
  readonly teams?: number;
  /** Courses, each assigned to some of the users. @default 0 */
  readonly courses?: number;
  /** Prefix of usernames, team and course names, so a filter finds exactly the seeded objects. */
  readonly prefix: string;
  /** Requests in flight while seeding. @default 16 */
  readonly concurrency?: number;
}

export interface SeededOrganisation {
  readonly userIds: string[];
  readonly teamIds: string[];
  readonly courseIds: string[];
  readonly memberships: number;
  readonly assignments: number;
}

const ACCESS_LEVELS = ['Learner', 'Learner', 'Administrator', 'Learner', 'Team_Leader'] as const;

/** A minimal Litmos API client for seeding: JSON, the `apikey` header and the `source` parameter. */
export class LitmosHttp {
  constructor(private readonly endpoint: LitmosEndpoint) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    query: Record<string, string> = {},
  ): Promise<unknown> {
    const url = new URL(`${this.endpoint.baseUrl}${path}`);
    for (const [k, v] of Object.entries({ ...query, source: this.endpoint.source, format: 'json' }))
      url.searchParams.set(k, v);
    const res = await fetch(url, {
      method,
      headers: { apikey: this.endpoint.apiKey, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text === '' ? null : (JSON.parse(text) as unknown);
  }

  /** Every page of a list endpoint. */
  async list<T>(path: string): Promise<T[]> {
    const out: T[] = [];
    for (let start = 0; ; start += 1000) {
      const page = (await this.request('GET', path, undefined, {
        start: String(start),
        limit: '1000',
      })) as T[];
      out.push(...page);
      if (page.length < 1000) return out;
    }
  }

  /** The simulator's control API, beside the Litmos API (`/_sim/…`). */
  async control(method: string, path: string, body?: unknown): Promise<unknown> {
    const origin = new URL(this.endpoint.baseUrl).origin;
    const res = await fetch(`${origin}/_sim${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} /_sim${path}: ${res.status} ${text}`);
    return text === '' ? null : (JSON.parse(text) as unknown);
  }

  /** Requests the simulator has counted since its last reset (`GET /_sim/stats`). */
  async stats(): Promise<{ requests: number; byRoute: Record<string, number> }> {
    return (await this.control('GET', '/stats')) as { requests: number; byRoute: Record<string, number> };
  }

  async resetStats(): Promise<void> {
    await this.control('POST', '/stats/reset');
  }
}

async function inParallel<T, R>(items: readonly T[], limit: number, work: (t: T, i: number) => Promise<R>) {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const pad = (n: number): string => String(n).padStart(5, '0');

/** Seeds users, teams with members/leaders/admins, and course assignments, as Okta and admins would. */
export async function seedOrganisation(
  endpoint: LitmosEndpoint,
  spec: OrganisationSpec,
): Promise<SeededOrganisation> {
  const api = new LitmosHttp(endpoint);
  const limit = spec.concurrency ?? 16;
  const indexes = Array.from({ length: spec.users }, (_, i) => i);
  const userIds = await inParallel(indexes, limit, async (i) => {
    const skip = i % 3 === 0;
    const created = (await api.request(
      'POST',
      '/users',
      {
        UserName: `${spec.prefix}-${pad(i)}@example.com`,
        FirstName: `${spec.prefix}${pad(i)}`,
        LastName: i % 4 === 0 ? "O'Brien" : 'Adopted',
        Email: i % 5 === 0 ? `${spec.prefix}.${pad(i)}@mail.example.com` : '',
        AccessLevel: ACCESS_LEVELS[i % ACCESS_LEVELS.length],
        DisableMessages: i % 2 === 0,
        SkipFirstLogin: skip,
        JobTitle: i % 3 === 1 ? `Engineer ${i % 7}` : '',
        City: i % 2 === 1 ? 'Lisbon' : '',
        CustomField1: i % 6 === 0 ? `cost-centre-${i % 9}` : '',
        TimeZone: i % 4 === 2 ? 'GMT Standard Time' : '',
      },
      { sendmessage: 'false', skipfirstlogin: String(skip) },
    )) as { Id: string };
    return created.Id;
  });
  const teamIds = await inParallel(
    Array.from({ length: spec.teams ?? 0 }, (_, t) => t),
    limit,
    async (t) =>
      (
        (await api.request('POST', '/teams', { Name: `${spec.prefix} Team ${t}`, Description: '' })) as {
          Id: string;
        }
      ).Id,
  );
  const courseIds = await inParallel(
    Array.from({ length: spec.courses ?? 0 }, (_, c) => c),
    limit,
    async (c) =>
      (
        (await api.control('POST', '/courses', {
          Code: `${spec.prefix}-C${c}`,
          Name: `${spec.prefix} Course ${c}`,
        })) as {
          Id: string;
        }
      ).Id,
  );
  let memberships = 0;
  if (teamIds.length > 0) {
    // Every other user joins one team; a few lead or administer it.
    const members = indexes.filter((i) => i % 2 === 0);
    for (const [t, teamId] of teamIds.entries()) {
      const ofTeam = members.filter((i) => i % teamIds.length === t);
      if (ofTeam.length === 0) continue;
      await api.request(
        'POST',
        `/teams/${teamId}/users`,
        ofTeam.map((i) => ({ Id: userIds[i] })),
      );
      memberships += ofTeam.length;
      await inParallel(ofTeam, limit, async (i) => {
        if (i % 10 === 0) await api.request('PUT', `/teams/${teamId}/leaders/${userIds[i]}`);
        else if (i % 14 === 2) await api.request('PUT', `/teams/${teamId}/admins/${userIds[i]}`);
      });
    }
  }
  let assignments = 0;
  if (courseIds.length > 0) {
    const learners = indexes.filter((i) => i % 3 !== 2);
    await inParallel(learners, limit, async (i) => {
      const courses = courseIds.filter((_, c) => (i + c) % 2 === 0);
      await api.request(
        'POST',
        `/users/${userIds[i]}/courses`,
        courses.map((Id) => ({ Id })),
        { sendmessage: 'false' },
      );
      assignments += courses.length;
    });
  }
  // Okta deactivates leavers (after their memberships and assignments were made).
  await inParallel(
    indexes.filter((i) => i % 9 === 8),
    limit,
    async (i) => {
      const user = (await api.request('GET', `/users/${userIds[i]}`)) as Record<string, unknown>;
      await api.request('PUT', `/users/${userIds[i]}`, { ...user, Active: false });
    },
  );
  return { userIds, teamIds, courseIds, memberships, assignments };
}

export interface OrganisationSnapshot {
  readonly users: Record<string, unknown>[];
  readonly teams: { team: string; members: string[]; leaders: string[]; admins: string[] }[];
  readonly courses: { course: string; users: string[] }[];
}

/** How many memberships (active members) and course assignments a snapshot holds. */
export const relationsIn = (s: OrganisationSnapshot): number =>
  s.teams.reduce((n, t) => n + t.members.length, 0) + s.courses.reduce((n, c) => n + c.users.length, 0);

/** Everything Litmos holds about the seeded objects, read through its API, to compare before and after. */
export async function snapshotOrganisation(
  endpoint: LitmosEndpoint,
  org: SeededOrganisation,
): Promise<OrganisationSnapshot> {
  const api = new LitmosHttp(endpoint);
  const users = (await api.list<Record<string, unknown>>('/users/details'))
    .map(({ LoginKey: _key, ...rest }) => rest)
    .sort((a, b) => String(a.Id).localeCompare(String(b.Id)));
  const ids = (rows: { Id: string }[]): string[] => rows.map((r) => r.Id).sort();
  const teams = await Promise.all(
    org.teamIds.map(async (t) => ({
      team: t,
      members: ids(await api.list(`/teams/${t}/users`)),
      leaders: ids(await api.list(`/teams/${t}/leaders`)),
      admins: ids(await api.list(`/teams/${t}/admins`)),
    })),
  );
  const courses = await Promise.all(
    org.courseIds.map(async (c) => ({ course: c, users: ids(await api.list(`/courses/${c}/users`)) })),
  );
  return { users, teams, courses };
}

/** The example this scenario adopts with: `import` blocks over the data sources. */
export const ADOPTION_EXAMPLE = 'examples/adopt-existing-org';

/** Variables that point the example at the objects seeded with `prefix`. */
export const adoptionVariables = (prefix: string): Record<string, string> => ({
  TF_VAR_user_filter: `${prefix}-`,
  TF_VAR_team_filter: `${prefix} Team`,
  TF_VAR_course_filter: `${prefix} Course`,
});

/** Terraform's plan summary line, e.g. `{ import: 300, add: 0, change: 0, destroy: 0 }`; null when absent. */
export function planSummary(
  output: string,
): { import: number; add: number; change: number; destroy: number } | null {
  const m = /Plan: (?:(\d+) to import, )?(\d+) to add, (\d+) to change, (\d+) to destroy/.exec(output);
  if (!m) return /No changes\./.test(output) ? { import: 0, add: 0, change: 0, destroy: 0 } : null;
  return { import: Number(m[1] ?? 0), add: Number(m[2]), change: Number(m[3]), destroy: Number(m[4]) };
}
