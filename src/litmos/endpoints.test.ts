/**
 * The requests each client call sends and how it reads the answers: teams, courses, team courses
 * and users, against nock (paths, query parameters, bodies, and what is not sent at all).
 */
import nock from 'nock';
import { LitmosClient } from './client.js';
import { caught } from './testing.js';
import { resetRequestGates } from './throttle.js';

const US = 'https://api.litmos.com';
const API = '/v1.svc';
const Q = { source: 'unit-test', format: 'json' };
let keyCounter = 0;

function newClient(pageSize = 1000): LitmosClient {
  keyCounter += 1;
  return new LitmosClient({
    apiKey: `endpoints-key-${keyCounter}-xxxxxxxx`,
    source: 'unit-test',
    retry: { limit: 0 },
    pageSize,
    sleep: async () => undefined,
  });
}

const team = (Id: string, extra: object = {}) => ({ Id, Name: `Team ${Id}`, Description: 'd', ...extra });
const summary = (Id: string, UserName = `${Id}@example.com`) => ({
  Id,
  UserName,
  FirstName: 'F',
  LastName: 'L',
  Active: true,
  Email: UserName,
  AccessLevel: 'Learner',
  Brand: 'Default',
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  resetRequestGates();
});
afterAll(() => nock.enableNetConnect());

describe('teams', () => {
  it('completes a team with the listing-only fields of the row with the same id, found by its name', async () => {
    const client = newClient();
    const scope = nock(US)
      .get(`${API}/teams/T1`)
      .query(Q)
      .reply(200, team('T1'))
      .get(`${API}/teams`)
      .query({ ...Q, start: '0', limit: '1000', search: 'Team T1' })
      .reply(200, [
        team('T10', { TeamCodeForBulkImport: 'other', ParentTeamId: 'x' }),
        team('t1', { TeamCodeForBulkImport: 'code', ParentTeamId: 'root' }),
      ]);
    expect(await client.teams.getComplete('T1')).toEqual({
      Id: 'T1',
      Name: 'Team T1',
      Description: 'd',
      TeamCodeForBulkImport: 'code',
      ParentTeamId: 'root',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('reads the listing-only fields as null when no listing row matches and the team lacks them', async () => {
    const client = newClient();
    nock(US)
      .get(`${API}/teams/t1`)
      .query(true)
      .reply(200, { Id: 't1', Name: 'N' })
      .get(`${API}/teams`)
      .query(true)
      .reply(200, []);
    expect(await client.teams.getComplete('t1')).toEqual({
      Id: 't1',
      Name: 'N',
      Description: null,
      TeamCodeForBulkImport: null,
      ParentTeamId: null,
    });
  });

  it("keeps the single read's listing-only fields when the listing row lacks them", async () => {
    const client = newClient();
    nock(US)
      .get(`${API}/teams/t1`)
      .query(true)
      .reply(200, team('t1', { TeamCodeForBulkImport: 'own', ParentTeamId: 'p' }));
    expect(await client.teams.completeListed({ Id: 't1', Name: 'x' } as never)).toMatchObject({
      Name: 'Team t1',
      TeamCodeForBulkImport: 'own',
      ParentTeamId: 'p',
    });
  });

  it('shares one listing among concurrent findListed calls, and lists again after a write', async () => {
    const client = newClient();
    let listings = 0;
    nock(US)
      .get(`${API}/teams`)
      .query({ ...Q, start: '0', limit: '1000' })
      .times(2)
      .reply(() => {
        listings += 1;
        return [200, [team('a'), team('b')]];
      })
      .delete(`${API}/teams/c`)
      .query(Q)
      .reply(200, '');
    const found = await Promise.all([client.teams.findListed('a'), client.teams.findListed('zz')]);
    expect(found.map((t) => t?.Id)).toEqual(['a', undefined]);
    await client.teams.findListed('b');
    expect(listings).toBe(1);
    await client.teams.delete('c');
    await client.teams.findListed('b');
    expect(listings).toBe(2);
  });

  it('creates a root team and a sub-team with complete bodies', async () => {
    const client = newClient();
    const bodies: unknown[] = [];
    const scope = nock(US)
      .post(`${API}/teams`, (body: unknown) => bodies.push(body) > 0)
      .query(Q)
      .reply(201, team('r'))
      .post(`${API}/teams/r/teams`, (body: unknown) => bodies.push(body) > 0)
      .query(Q)
      .reply(201, team('s'));
    await client.teams.create({ Name: 'Root' });
    await client.teams.create({ Name: 'Sub', Description: 'about' }, 'r');
    expect(bodies).toEqual([
      { Id: '', Name: 'Root', Description: '', ParentTeamId: '' },
      { Id: '', Name: 'Sub', Description: 'about', ParentTeamId: 'r' },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it('updates a team with its id in the body and the parent unchanged', async () => {
    const client = newClient();
    const bodies: unknown[] = [];
    nock(US)
      .put(`${API}/teams/t1`, (body: unknown) => bodies.push(body) > 0)
      .query(Q)
      .times(2)
      .reply(200, '');
    await client.teams.update('t1', { Name: 'New' });
    await client.teams.update('t1', { Name: 'New', Description: 'd' }, 'p');
    expect(bodies).toEqual([
      { Id: 't1', Name: 'New', Description: '', ParentTeamId: '' },
      { Id: 't1', Name: 'New', Description: 'd', ParentTeamId: 'p' },
    ]);
  });

  it('lists sub-teams, members, leaders and admins on their routes, with search where given', async () => {
    const client = newClient();
    const scope = nock(US)
      .get(`${API}/teams/t1/teams`)
      .query({ ...Q, start: '0', limit: '1000', search: 'x' })
      .reply(200, [team('s')])
      .get(`${API}/teams/t1/users`)
      .query({ ...Q, start: '0', limit: '1000' })
      .reply(200, [summary('m')])
      .get(`${API}/teams/t1/leaders`)
      .query({ ...Q, start: '0', limit: '1000' })
      .reply(200, [summary('l')])
      .get(`${API}/teams/t1/admins`)
      .query({ ...Q, start: '0', limit: '1000' })
      .reply(200, [{ Id: 'a' }]);
    expect((await client.teams.listSubTeams('t1', { search: 'x' })).map((t) => t.Id)).toEqual(['s']);
    expect((await client.teams.listMembers('t1')).map((u) => u.Id)).toEqual(['m']);
    expect((await client.teams.listLeaders('t1')).map((u) => u.Id)).toEqual(['l']);
    expect(await client.teams.listAdmins('t1')).toEqual([
      {
        Id: 'a',
        UserName: null,
        FirstName: null,
        LastName: null,
        Active: null,
        Email: null,
        AccessLevel: null,
        Brand: null,
      },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it('refuses a leader row without an id', async () => {
    const client = newClient();
    nock(US)
      .get(`${API}/teams/t1/leaders`)
      .query(true)
      .reply(200, [{ UserName: 'x' }]);
    expect((await caught(client.teams.listLeaders('t1'))).message).toBe(
      'Litmos GET /teams/t1/leaders returned a row without Id',
    );
  });

  it('adds members with their ids, without the e-mail unless asked, and sends nothing for no ids', async () => {
    const client = newClient();
    const scope = nock(US)
      .post(`${API}/teams/t1/users`, [{ Id: 'u1' }, { Id: 'u2' }])
      .query({ ...Q, sendmessage: 'false' })
      .reply(201, '')
      .post(`${API}/teams/t1/users`, [{ Id: 'u3' }])
      .query({ ...Q, sendmessage: 'true' })
      .reply(201, '');
    await client.teams.addMembers('t1', []);
    await client.teams.addMembers('t1', ['u1', 'u2']);
    await client.teams.addMembers('t1', ['u3'], { sendMessage: true });
    expect(scope.isDone()).toBe(true);
  });

  it('removes, promotes and demotes on their routes', async () => {
    const client = newClient();
    const scope = nock(US)
      .delete(`${API}/teams/t1/users/u1`)
      .query(Q)
      .reply(200, '')
      .put(`${API}/teams/t1/leaders/u1`)
      .query(Q)
      .reply(200, '')
      .delete(`${API}/teams/t1/admins/u1`)
      .query(Q)
      .reply(200, '');
    await client.teams.removeMember('t1', 'u1');
    await client.teams.promote('t1', 'leaders', 'u1');
    await client.teams.demote('t1', 'admins', 'u1');
    expect(scope.isDone()).toBe(true);
  });
});

describe('courses', () => {
  it('lists courses with search, reading rows defensively', async () => {
    const client = newClient();
    nock(US)
      .get(`${API}/courses`)
      .query({ ...Q, start: '0', limit: '1000', search: 'Safe' })
      .reply(200, [{ Id: 'c1', Name: 'Safety', Active: 'true', Price: '9.5' }]);
    expect(await client.courses.list({ search: 'Safe' })).toEqual([
      expect.objectContaining({ Id: 'c1', Name: 'Safety', Active: true, Price: 9.5, Code: null }),
    ]);
  });

  it('looks a course up once, shares the read, remembers a missing course, and forgets a failed read', async () => {
    const client = newClient();
    let reads = 0;
    nock(US)
      .get(`${API}/courses/c1`)
      .query(Q)
      .reply(() => {
        reads += 1;
        return [200, { Id: 'c1', Name: 'C' }];
      })
      .get(`${API}/courses/gone`)
      .query(Q)
      .reply(404, { Detail: 'not found' })
      .get(`${API}/courses/flaky`)
      .query(Q)
      .reply(400, { Detail: 'bad' })
      .get(`${API}/courses/flaky`)
      .query(Q)
      .reply(200, { Id: 'flaky' });
    const [a, b] = await Promise.all([client.courses.lookup('c1'), client.courses.lookup('c1')]);
    expect(a).toEqual({ Id: 'c1', Name: 'C' });
    expect(b).toBe(a);
    expect(await client.courses.lookup('c1')).toBe(a);
    expect(reads).toBe(1);
    expect(await client.courses.lookup('gone')).toBeUndefined();
    expect(await client.courses.lookup('gone')).toBeUndefined();
    expect((await caught(client.courses.lookup('flaky'))).code).toBe('VALIDATION');
    expect(await client.courses.lookup('flaky')).toEqual({ Id: 'flaky' });
  });

  it("lists a course's users and a user's courses on their routes", async () => {
    const client = newClient();
    const scope = nock(US)
      .get(`${API}/courses/c1/users`)
      .query({ ...Q, start: '0', limit: '1000', search: 's' })
      .reply(200, [{ Id: 'u1', Completed: true }])
      .get(`${API}/users/u1/courses`)
      .query({ ...Q, start: '0', limit: '1000' })
      .reply(200, [{ Id: 'c1', PercentageComplete: 40 }]);
    expect(await client.courses.listUsers('c1', { search: 's' })).toEqual([
      expect.objectContaining({ Id: 'u1', Completed: true, UserName: null }),
    ]);
    expect(await client.courses.listForUser('u1')).toEqual([
      expect.objectContaining({ Id: 'c1', PercentageComplete: 40, Name: null }),
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it('assigns courses with their ids, without the e-mail unless asked, and sends nothing for none', async () => {
    const client = newClient();
    const scope = nock(US)
      .post(`${API}/users/u1/courses`, [{ Id: 'c1' }, { Id: 'c2' }])
      .query({ ...Q, sendmessage: 'false' })
      .reply(201, '')
      .post(`${API}/users/u1/courses`, [{ Id: 'c3' }])
      .query({ ...Q, sendmessage: 'true' })
      .reply(201, '')
      .delete(`${API}/users/u1/courses/c1`)
      .query(Q)
      .reply(200, '');
    await client.courses.assignToUser('u1', []);
    await client.courses.assignToUser('u1', ['c1', 'c2']);
    await client.courses.assignToUser('u1', ['c3'], { sendMessage: true });
    await client.courses.unassignFromUser('u1', 'c1');
    expect(scope.isDone()).toBe(true);
  });
});

describe('team courses', () => {
  it("lists a team's courses", async () => {
    const client = newClient();
    nock(US)
      .get(`${API}/teams/t1/courses`)
      .query({ ...Q, start: '0', limit: '1000' })
      .reply(200, [{ Id: 'c1', CourseTeamLibrary: true }]);
    expect(await client.teamCourses.list('t1')).toEqual([{ Id: 'c1', CourseTeamLibrary: true }]);
  });

  it('places courses on the Courses tab or in the library, for sub-teams only when asked', async () => {
    const client = newClient();
    const scope = nock(US)
      .post(`${API}/teams/t1/courses`, [{ Id: 'c1', CourseTeamLibrary: false }])
      .query({ ...Q, sendmessage: 'false' })
      .reply(201, '')
      .post(`${API}/teams/t1/courses`, [{ Id: 'c2', CourseTeamLibrary: true }])
      .query({ ...Q, sendmessage: 'true', includesubteams: 'true' })
      .reply(201, '')
      .delete(`${API}/teams/t1/courses`, [{ Id: 'c1', CourseTeamLibrary: false }])
      .query(Q)
      .reply(200, '')
      .delete(`${API}/teams/t1/courses`, [{ Id: 'c2', CourseTeamLibrary: true }])
      .query(Q)
      .reply(200, '');
    await client.teamCourses.assign('t1', []);
    await client.teamCourses.unassign('t1', []);
    await client.teamCourses.assign('t1', ['c1'], { includeSubTeams: false });
    await client.teamCourses.assign('t1', ['c2'], {
      library: true,
      includeSubTeams: true,
      sendMessage: true,
    });
    await client.teamCourses.unassign('t1', ['c1']);
    await client.teamCourses.unassign('t1', ['c2'], { library: true });
    expect(scope.isDone()).toBe(true);
  });
});

describe('users', () => {
  it('lists users with search, asking for active ones only when told', async () => {
    const client = newClient();
    const scope = nock(US)
      .get(`${API}/users`)
      .query({ ...Q, start: '0', limit: '1000', search: 'a', showInactive: 'false' })
      .reply(200, [summary('a')])
      .get(`${API}/users`)
      .query({ ...Q, start: '0', limit: '1000' })
      .reply(200, [summary('b')]);
    expect((await client.users.list({ search: 'a', showInactive: false })).map((u) => u.Id)).toEqual(['a']);
    expect((await client.users.list({ showInactive: true })).map((u) => u.Id)).toEqual(['b']);
    expect(scope.isDone()).toBe(true);
  });

  it('iterates users page by page and stops reading when the caller stops', async () => {
    const client = newClient(2);
    const scope = nock(US)
      .get(`${API}/users`)
      .query({ ...Q, start: '0', limit: '2' })
      .reply(200, [summary('a'), summary('b')])
      .get(`${API}/users`)
      .query({ ...Q, start: '2', limit: '2' })
      .reply(200, [summary('c')]);
    const seen: string[] = [];
    for await (const u of client.users.iterate()) seen.push(u.Id);
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(scope.isDone()).toBe(true);
    nock(US)
      .get(`${API}/users`)
      .query({ ...Q, start: '0', limit: '2' })
      .reply(200, [summary('a'), summary('b')]);
    for await (const u of client.users.iterate()) {
      expect(u.Id).toBe('a');
      break;
    }
  });

  it('lists users in full form with search and since, reading rows defensively', async () => {
    const client = newClient();
    nock(US)
      .get(`${API}/users/details`)
      .query({ ...Q, start: '0', limit: '1000', search: 's', since: '2024-01-01' })
      .reply(200, [{ Id: 'u1', UserName: 'u1@example.com', Points: '3' }]);
    expect(await client.users.listDetailed({ search: 's', since: '2024-01-01' })).toEqual([
      expect.objectContaining({ Id: 'u1', Points: 3, FirstName: null }),
    ]);
  });

  it('refuses a full-form row without a user name, naming the route', async () => {
    const client = newClient();
    nock(US)
      .get(`${API}/users/details`)
      .query(true)
      .reply(200, [{ Id: 'u1' }]);
    expect((await caught(client.users.listDetailed())).message).toBe(
      'Litmos GET /users/details returned a row without UserName',
    );
  });

  it('finds a user name exactly, preferring the same case, else ignoring case', async () => {
    const client = newClient();
    nock(US)
      .get(`${API}/users`)
      .query({ ...Q, start: '0', limit: '1000', search: 'Ada@x.io' })
      .reply(200, [summary('sub', 'ada@x.io.au'), summary('lower', 'ada@x.io'), summary('exact', 'Ada@x.io')])
      .get(`${API}/users`)
      .query({ ...Q, start: '0', limit: '1000', search: 'ADA@X.IO' })
      .reply(200, [summary('sub', 'ada@x.io.au'), summary('lower', 'ada@x.io')])
      .get(`${API}/users`)
      .query({ ...Q, start: '0', limit: '1000', search: 'ada@x' })
      .reply(200, [summary('sub', 'ada@x.io.au')]);
    expect((await client.users.findByUserName('Ada@x.io'))?.Id).toBe('exact');
    expect((await client.users.findByUserName('ADA@X.IO'))?.Id).toBe('lower');
    expect(await client.users.findByUserName('ada@x')).toBeUndefined();
  });

  it("lists a user's teams, reading rows defensively", async () => {
    const client = newClient();
    nock(US)
      .get(`${API}/users/u1/teams`)
      .query({ ...Q, start: '0', limit: '1000' })
      .reply(200, [{ Id: 't1', Name: 'T', Extra: 1 }]);
    expect(await client.users.listTeams('u1')).toEqual([
      { Id: 't1', Name: 'T', Description: null, TeamCodeForBulkImport: null, ParentTeamId: null },
    ]);
  });

  it('creates a user with the welcome e-mail and first-login flags it was given', async () => {
    const client = newClient();
    const scope = nock(US)
      .post(`${API}/users`)
      .query({ ...Q, sendmessage: 'true', skipfirstlogin: 'true' })
      .reply(201, { ...summary('u1'), Active: true });
    await client.users.create(
      { UserName: 'u1@example.com', FirstName: 'F', LastName: 'L' },
      { sendMessage: true, skipFirstLogin: true },
    );
    expect(scope.isDone()).toBe(true);
  });

  it('reactivates with a full PUT of Active: true and reads the user back', async () => {
    const client = newClient();
    let putBody: Record<string, unknown> = {};
    const scope = nock(US)
      .get(`${API}/users/u1`)
      .query(Q)
      .reply(200, { ...summary('u1'), Active: false, Password: 'p' })
      .put(`${API}/users/u1`, (body: Record<string, unknown>) => {
        putBody = body;
        return true;
      })
      .query(Q)
      .reply(200, '')
      .get(`${API}/users/u1`)
      .query(Q)
      .reply(200, { ...summary('u1'), Active: true, FullName: 'F L' });
    expect(await client.users.reactivate('u1')).toMatchObject({ Active: true, FullName: 'F L' });
    expect(putBody).toMatchObject({ Id: 'u1', Active: true, Password: '' });
    expect(scope.isDone()).toBe(true);
  });

  it('lists every user in full form once for a data source and the reads after it, completing rows that lack fields', async () => {
    const client = newClient();
    const whole = {
      ...summary('a'),
      DisableMessages: false,
      IsCustomUsername: false,
      SkipFirstLogin: false,
      OriginalId: 1,
      Points: 0,
    };
    const scope = nock(US)
      .get(`${API}/users/details`)
      .query({ ...Q, start: '0', limit: '1000' })
      .reply(200, [whole, { Id: 'b', UserName: 'b@example.com' }])
      .get(`${API}/users/b`)
      .query(Q)
      .reply(200, { ...whole, Id: 'b', UserName: 'b@example.com', City: 'Lyon' });
    const all = await client.users.listDetailedShared();
    expect(all.map((u) => [u.Id, u.FullName ?? null, u.City ?? null])).toEqual([
      ['a', '', null],
      ['b', null, 'Lyon'],
    ]);
    expect(scope.isDone()).toBe(true);
    // The reads that follow come from the same listing: no request is left to answer them.
    expect((await client.users.getDetailed('a')).Id).toBe('a');
  });

  it('refuses a single-user answer that is not an object, naming the call', async () => {
    const client = newClient();
    nock(US).get(`${API}/users/u1`).query(true).reply(200, []);
    const error = await caught(client.users.get('u1'));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.message).toBe('Litmos GET /users/u1 did not return a JSON object');
  });

  it('names the missing user when a summary read finds none', async () => {
    const client = newClient();
    nock(US).get(`${API}/users`).query(true).reply(200, []);
    expect((await caught(client.users.getSummary('zz'))).message).toBe(
      'Litmos user zz was not found in GET /users',
    );
  });
});
