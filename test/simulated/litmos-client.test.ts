/** The real Litmos client against the Litmos simulator on a free port. */
import {
  LitmosClient,
  LitmosError,
  resetRequestGates,
  type LitmosClientOptions,
} from '../../src/litmos/index.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';

let sim: LitmosSimulator;

beforeEach(async () => {
  sim = await startLitmosSimulator({ requestsPerMinute: 1000 });
});
afterEach(async () => {
  resetRequestGates();
  await sim.close();
});

function clientFor(overrides: Partial<LitmosClientOptions> = {}): LitmosClient {
  return new LitmosClient({
    apiKey: sim.apiKey,
    source: sim.source,
    baseUrl: sim.baseUrl,
    retry: { limit: 4, baseDelayMs: 2, maxDelayMs: 10 },
    ...overrides,
  });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e: unknown) {
    if (e instanceof LitmosError) return e.code;
    throw e;
  }
  return 'no error';
}

const person = (n: number) => ({
  UserName: `person${n}@example.com`,
  FirstName: `P${n}`,
  LastName: 'Example',
});

describe('Litmos client against the simulator', () => {
  it('accepts the simulator credentials and rejects a wrong key or source', async () => {
    await expect(clientFor().checkCredentials()).resolves.toBeUndefined();
    expect(await codeOf(clientFor({ apiKey: 'wrong-key' }).checkCredentials())).toBe('UNAUTHORIZED');
    expect(await codeOf(clientFor({ source: 'someone-else' }).checkCredentials())).toBe('BAD_SOURCE');
  });

  it('pages over more than one page', async () => {
    const client = clientFor({ pageSize: 3 });
    for (let n = 0; n < 7; n += 1) sim.store.createUser(person(n));
    sim.resetStats();
    const users = await client.users.list();
    expect(users).toHaveLength(8);
    expect(new Set(users.map((u) => u.Id)).size).toBe(8);
    expect(sim.stats().byRoute['GET /users']).toBe(3);
  });

  it('creates, finds, reads and updates a user', async () => {
    const client = clientFor();
    const { user, adopted } = await client.users.create({ ...person(1), City: 'Lyon' });
    expect(adopted).toBe(false);
    expect(user).toMatchObject({
      UserName: 'person1@example.com',
      FullName: 'P1 Example',
      AccessLevel: 'Learner',
      City: 'Lyon',
    });
    expect((await client.users.findByUserName('PERSON1@example.com'))?.Id).toBe(user.Id);
    expect(await client.users.findByUserName('person1@example')).toBeUndefined();
    const updated = await client.users.update(user.Id, { FirstName: 'Petra', AccessLevel: 'Administrator' });
    expect(updated).toMatchObject({ FullName: 'Petra Example', AccessLevel: 'Administrator', City: 'Lyon' });
    expect((await client.users.deactivate(user.Id)).Active).toBe(false);
    expect((await client.users.reactivate(user.Id)).Active).toBe(true);
  });

  it('answers 409 to a duplicate user name', async () => {
    const client = clientFor();
    await client.users.create(person(2));
    expect(await codeOf(client.users.create({ ...person(2), FirstName: 'Other' }))).toBe('USERNAME_TAKEN');
  });

  it('answers 404 for unknown users, teams and courses', async () => {
    const client = clientFor();
    expect(await codeOf(client.users.get('nope00000001'))).toBe('NOT_FOUND');
    expect(await codeOf(client.teams.listMembers('nope00000001'))).toBe('NOT_FOUND');
    expect(await codeOf(client.courses.get('nope00000001'))).toBe('NOT_FOUND');
    expect(await codeOf(client.users.delete('nope00000001'))).toBe('NOT_FOUND');
  });

  it('deletes a user for good', async () => {
    const client = clientFor();
    const { user } = await client.users.create(person(3));
    await client.users.delete(user.Id);
    expect(await codeOf(client.users.get(user.Id))).toBe('NOT_FOUND');
  });

  it('refuses to delete or deactivate the Account Owner of the key', async () => {
    const client = clientFor();
    expect(await codeOf(client.users.delete(sim.store.ownerId))).toBe('FORBIDDEN');
    expect(await codeOf(client.users.deactivate(sim.store.ownerId))).toBe('FORBIDDEN');
  });

  it('recovers from the rate limit by retrying 503s', async () => {
    // Three requests sent together against two per 500 ms window: the third gets 503 however
    // slowly the machine runs, and succeeds in a later window.
    const client = clientFor({ retry: { limit: 8, baseDelayMs: 100, maxDelayMs: 250 } });
    sim.rateLimiter.configure({ requestsPerMinute: 2, windowMs: 500 });
    const courses = await Promise.all([1, 2, 3].map(() => client.courses.list()));
    expect(courses.every((list) => list.length === 3)).toBe(true);
    expect(sim.stats().rejected).toBeGreaterThan(0);
  });

  it('gives RATE_LIMITED when the limit outlasts the retries', async () => {
    const client = clientFor({ retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 2 } });
    sim.rateLimiter.configure({ requestsPerMinute: 1 });
    await client.courses.list();
    expect(await codeOf(client.courses.list())).toBe('RATE_LIMITED');
  });

  it('adopts the user when the connection drops after the POST was processed', async () => {
    const client = clientFor();
    sim.faults.failNext(1, 'POST /users', { kind: 'drop', when: 'after' });
    const result = await client.users.create(person(4));
    expect(result.adopted).toBe(true);
    expect([...sim.store.users.values()].filter((u) => u.UserName === 'person4@example.com')).toHaveLength(1);
    expect(sim.stats().byRoute['POST /users']).toBe(1);
  });

  it('creates the user when the connection drops before the POST was processed', async () => {
    const client = clientFor();
    sim.faults.failNext(1, 'POST /users', { kind: 'drop', when: 'before' });
    const result = await client.users.create(person(5));
    expect(result.adopted).toBe(false);
    expect(sim.stats().byRoute['POST /users']).toBe(2);
  });

  it('adopts the user after a 500 page that followed processing', async () => {
    const client = clientFor();
    sim.faults.failNext(1, 'POST /users', { kind: 'status', status: 500, when: 'after' });
    await expect(client.users.create(person(6))).resolves.toMatchObject({ adopted: true });
  });

  it('adopts the user when a slow POST times out', async () => {
    // The POST is processed 400 ms in, after the client gave up at 300 ms; the lookup that
    // follows is held 200 ms, so it runs after the user exists and must adopt it.
    const client = clientFor({ timeoutMs: 300 });
    sim.faults.failNext(1, 'POST /users', { kind: 'delay', ms: 400 });
    sim.faults.failNext(1, 'GET /users', { kind: 'delay', ms: 200 });
    const result = await client.users.create(person(7));
    expect(result).toMatchObject({ adopted: true, user: { UserName: 'person7@example.com' } });
    expect([...sim.store.users.values()].filter((u) => u.UserName === 'person7@example.com')).toHaveLength(1);
  });

  it('manages team membership and roles', async () => {
    const client = clientFor();
    const [team] = await client.teams.list({ search: 'engin' });
    if (!team) throw new Error('seeded team missing');
    const { user } = await client.users.create(person(8));
    expect(await codeOf(client.teams.promote(team.Id, 'leaders', user.Id))).toBe('NOT_FOUND');
    await client.teams.addMembers(team.Id, [user.Id, user.Id, 'unknown00001']);
    expect((await client.teams.listMembers(team.Id)).map((u) => u.Id)).toEqual([user.Id]);
    await client.teams.promote(team.Id, 'leaders', user.Id);
    await client.teams.promote(team.Id, 'admins', user.Id);
    expect((await client.teams.listLeaders(team.Id)).map((u) => u.AccessLevel)).toEqual(['Team_Leader']);
    expect((await client.teams.listAdmins(team.Id)).map((u) => u.Id)).toEqual([user.Id]);
    await client.teams.demote(team.Id, 'leaders', user.Id);
    expect(await client.teams.listLeaders(team.Id)).toEqual([]);
    expect((await client.users.listTeams(user.Id)).map((t) => t.Id)).toEqual([team.Id]);
    await client.teams.removeMember(team.Id, user.Id);
    expect(await client.teams.listMembers(team.Id)).toEqual([]);
    expect(await client.teams.listAdmins(team.Id)).toEqual([]);
    expect((await client.users.get(user.Id)).AccessLevel).toBe('Learner');
  });

  it('creates teams and sub-teams, and answers 409 to a duplicate name', async () => {
    const client = clientFor();
    const parent = await client.teams.create({ Name: 'Support', Description: 'Helpdesk' });
    const child = await client.teams.create({ Name: 'Support EMEA' }, parent.Id);
    expect((await client.teams.listSubTeams(parent.Id)).map((t) => t.Id)).toEqual([child.Id]);
    // GET /teams/{id} answers Id, Name, Description only; the parent comes from the listing.
    expect(await client.teams.get(child.Id)).toEqual({ Id: child.Id, Name: 'Support EMEA', Description: '' });
    expect((await client.teams.getComplete(child.Id)).ParentTeamId).toBe(parent.Id);
    expect(await codeOf(client.teams.create({ Name: 'support' }))).toBe('CONFLICT');
  });

  it('assigns and unassigns courses', async () => {
    const client = clientFor();
    const courses = await client.courses.list();
    const { user } = await client.users.create(person(9));
    await client.courses.assignToUser(
      user.Id,
      courses.slice(0, 2).map((c) => c.Id),
    );
    await client.courses.assignToUser(user.Id, [courses[0]?.Id ?? '']);
    expect((await client.courses.listForUser(user.Id)).map((c) => c.Id).sort()).toEqual(
      courses
        .slice(0, 2)
        .map((c) => c.Id)
        .sort(),
    );
    const firstCourse = courses[0]?.Id ?? '';
    expect((await client.courses.listUsers(firstCourse)).map((u) => u.Id)).toEqual([user.Id]);
    await client.courses.unassignFromUser(user.Id, firstCourse);
    expect(await client.courses.listUsers(firstCourse)).toEqual([]);
    expect(await codeOf(client.courses.unassignFromUser(user.Id, firstCourse))).toBe('NOT_FOUND');
  });

  it('serves batched summaries and sees its own writes at once', async () => {
    const client = clientFor();
    const { user } = await client.users.create(person(10));
    sim.resetStats();
    const reads = await Promise.all(
      [user.Id, sim.store.ownerId, user.Id].map((id) => client.users.getSummary(id)),
    );
    expect(reads.map((u) => u.Id)).toEqual([user.Id, sim.store.ownerId, user.Id]);
    expect(sim.stats().byRoute['GET /users']).toBe(1);
    await client.users.deactivate(user.Id);
    expect((await client.users.getSummary(user.Id)).Active).toBe(false);
  });
});
