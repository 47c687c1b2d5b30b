/** The Litmos simulator's HTTP contract and control API, driven with plain fetch. */
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';

let sim: LitmosSimulator;

beforeEach(async () => {
  sim = await startLitmosSimulator({ apiKey: 'sim-test-key-0123456789', source: 'sim-tests' });
});
afterEach(async () => {
  await sim.close();
});

function api(path: string, init: RequestInit & { query?: Record<string, string> } = {}): Promise<Response> {
  const url = new URL(`${sim.baseUrl}${path}`);
  url.searchParams.set('source', sim.source);
  for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, v);
  const headers = new Headers(init.headers);
  if (!headers.has('apikey')) headers.set('apikey', sim.apiKey);
  return fetch(url, { ...init, headers });
}

const json = { format: 'json' };

async function addUsers(count: number): Promise<void> {
  for (let n = 0; n < count; n += 1) {
    sim.store.createUser({
      UserName: `user${n}@example.com`,
      FirstName: `U${String(n).padStart(3, '0')}`,
      LastName: 'X',
    });
  }
}

describe('Litmos simulator: formats', () => {
  it('answers XML by default like the recordings: no declaration, the xmlns:i root attribute, i:nil for nulls', async () => {
    const res = await api('/courses', { query: { limit: '1' } });
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const body = await res.text();
    expect(body).toMatch(/^<Courses xmlns:i="http:\/\/www.w3.org\/2001\/XMLSchema-instance"><Course><Id>/);
    expect(body).toContain('<AccessTillDate i:nil="true"/>');
    expect(body.match(/<Course>/g)).toHaveLength(1);
  });

  it('answers JSON bare arrays with format=json, or with an Accept header alone', async () => {
    const a = await api('/teams', { query: json });
    expect(a.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const teams = (await a.json()) as unknown[];
    expect(Array.isArray(teams)).toBe(true);
    expect(teams).toHaveLength(3);
    const b = await api('/teams', { headers: { accept: 'application/json' } });
    expect(await b.json()).toEqual(teams);
  });

  it('reads XML request bodies', async () => {
    const user = sim.store.createUser({ UserName: 'xml@example.com', FirstName: 'X', LastName: 'Ml' });
    const course = sim.store.listCourses()[0];
    const res = await api(`/users/${user.Id}/courses`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: `<Courses><Course><Id>${course?.Id}</Id></Course></Courses>`,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('0');
    expect(sim.store.enrollmentsOfUser(user.Id).map((e) => e.courseId)).toEqual([course?.Id]);
  });

  it('creates a user from an XML body', async () => {
    const res = await api('/users', {
      method: 'POST',
      query: json,
      headers: { 'content-type': 'application/xml' },
      body: '<User><Id></Id><UserName>fromxml@example.com</UserName><FirstName>F</FirstName><LastName>L</LastName><Active>true</Active></User>',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      UserName: 'fromxml@example.com',
      Active: true,
      AccessLevel: 'Learner',
    });
  });
});

describe('Litmos simulator: authentication', () => {
  it('answers 401 without the key and accepts any header casing', async () => {
    expect((await api('/teams', { headers: { apikey: 'wrong' } })).status).toBe(401);
    const url = `${sim.baseUrl}/teams?source=${sim.source}`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { APIKey: sim.apiKey } })).status).toBe(200);
  });

  it('answers 400 naming the source when it is missing or different', async () => {
    const res = await fetch(`${sim.baseUrl}/teams`, { headers: { apikey: sim.apiKey } });
    expect(res.status).toBe(400);
    // No recording shows this answer's body: the message travels in the reason phrase.
    expect(res.statusText).toMatch(/source/);
    expect(await res.text()).toBe('');
  });
});

describe('Litmos simulator: lists', () => {
  it('pages with start and limit, defaults to 100 and caps at 1000', async () => {
    await addUsers(1005);
    const page = async (query: Record<string, string>) =>
      ((await (await api('/users', { query: { ...json, ...query } })).json()) as { Id: string }[]).length;
    expect(await page({})).toBe(100);
    expect(await page({ limit: '5000' })).toBe(1000);
    expect(await page({ start: '1000', limit: '1000' })).toBe(6);
    expect(await page({ start: '9999' })).toBe(0);
  });

  it('searches by case-insensitive substring and can hide inactive users', async () => {
    await addUsers(12);
    const first = sim.store.findUser('user1@example.com');
    if (!first) throw new Error('missing user');
    sim.store.updateUser(first.Id, { ...first, Active: false });
    const names = async (query: Record<string, string>) =>
      ((await (await api('/users', { query: { ...json, ...query } })).json()) as { UserName: string }[]).map(
        (u) => u.UserName,
      );
    expect((await names({ search: 'USER1' })).sort()).toEqual([
      'user10@example.com',
      'user11@example.com',
      'user1@example.com',
    ]);
    expect(await names({ search: 'user1', showInactive: 'false' })).not.toContain('user1@example.com');
  });

  it('returns summaries in lists and the full user by id or user name', async () => {
    await addUsers(1);
    const [summary] = (await (await api('/users', { query: { ...json, search: 'user0' } })).json()) as Record<
      string,
      unknown
    >[];
    expect(Object.keys(summary ?? {}).sort()).toEqual(
      ['AccessLevel', 'Active', 'Brand', 'Email', 'FirstName', 'Id', 'LastName', 'UserName'].sort(),
    );
    const byName = (await (await api('/users/user0@example.com', { query: json })).json()) as Record<
      string,
      unknown
    >;
    expect(byName).toMatchObject({ Id: summary?.Id, FullName: 'U000 X', OriginalId: expect.any(Number) });
  });
});

describe('Litmos simulator: errors', () => {
  it('answers 409 with the Detail body and reason phrase on a duplicate user name', async () => {
    const body = JSON.stringify({ UserName: 'owner@example.com', FirstName: 'O', LastName: 'O' });
    const res = await api('/users', {
      method: 'POST',
      query: json,
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(409);
    expect(res.statusText).toBe('UserName already exists');
    expect(await res.json()).toEqual({ Detail: 'UserName already exists' });
  });

  it('answers 404 to a PUT whose body Id differs from the URL', async () => {
    const owner = sim.store.requireUser(sim.store.ownerId);
    const res = await api(`/users/${owner.Id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...owner, Id: 'different0001' }),
    });
    expect(res.status).toBe(404);
    expect(res.statusText).toMatch(/must match/);
    expect(await res.text()).toBe('');
  });

  it('answers 400 to an unreadable body', async () => {
    const res = await api('/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(res.status).toBe(400);
  });
});

describe('Litmos simulator: rate limit, faults and stats over HTTP', () => {
  it('counts requests by normalised route, counts rejections, and resets', async () => {
    await fetch(`${sim.origin}/_sim/rate-limit`, {
      method: 'PUT',
      body: JSON.stringify({ requestsPerMinute: 2 }),
    });
    const owner = sim.store.ownerId;
    const statuses = [];
    for (const path of ['/users', `/users/${owner}`, `/users/${owner}`])
      statuses.push((await api(path)).status);
    expect(statuses).toEqual([200, 200, 503]);
    const stats = (await (await fetch(`${sim.origin}/_sim/stats`)).json()) as unknown;
    expect(stats).toEqual({ requests: 3, byRoute: { 'GET /users': 1, 'GET /users/{id}': 2 }, rejected: 1 });
    expect((await fetch(`${sim.origin}/_sim/stats/reset`, { method: 'POST' })).status).toBe(204);
    expect(sim.stats()).toEqual({ requests: 0, byRoute: {}, rejected: 0 });
  });

  it('fails the next N matching requests with the WCF error page, then recovers', async () => {
    const add = await fetch(`${sim.origin}/_sim/faults`, {
      method: 'POST',
      body: JSON.stringify({
        method: 'GET',
        path: '/teams/{id}',
        times: 2,
        action: { kind: 'status', status: 500 },
      }),
    });
    expect(add.status).toBe(201);
    const team = sim.store.listTeams()[0]?.Id ?? '';
    expect((await api('/teams')).status).toBe(200);
    const failed = await api(`/teams/${team}`);
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toBe('text/html');
    expect(await failed.text()).toContain('Request Error');
    expect((await api(`/teams/${team}`)).status).toBe(500);
    expect((await api(`/teams/${team}`)).status).toBe(200);
  });

  it('drops connections and lists and clears faults over HTTP', async () => {
    await fetch(`${sim.origin}/_sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ path: '/courses', times: 5, action: { kind: 'drop' } }),
    });
    await expect(api('/courses')).rejects.toThrow();
    const list = (await (await fetch(`${sim.origin}/_sim/faults`)).json()) as { remaining: number }[];
    expect(list.map((f) => f.remaining)).toEqual([4]);
    expect((await fetch(`${sim.origin}/_sim/faults`, { method: 'DELETE' })).status).toBe(204);
    expect((await api('/courses')).status).toBe(200);
  });

  it('rejects a malformed fault with 400', async () => {
    const res = await fetch(`${sim.origin}/_sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ action: { kind: 'status', status: 42 } }),
    });
    expect(res.status).toBe(400);
  });

  it('adds courses through the control API', async () => {
    const res = await fetch(`${sim.origin}/_sim/courses`, {
      method: 'POST',
      body: JSON.stringify({ Code: 'NEW1', Name: 'New course' }),
    });
    expect(res.status).toBe(201);
    const course = (await res.json()) as { Id: string; CourseCodeForBulkImport: string; OriginalId: number };
    expect(course.CourseCodeForBulkImport).toBe(`${course.OriginalId}-NEW1`);
    expect((await api(`/courses/${course.Id}`)).status).toBe(200);
  });
});
