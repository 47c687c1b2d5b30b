/**
 * Contract tier: our Litmos client against the responses api.litmos.com really sent, served byte
 * for byte by a replay server. Every recorded route the client uses, JSON and XML where recorded,
 * and the real paging of one organisation (1000 + 1000 + 878 users).
 */
import { randomUUID } from 'node:crypto';
import { LitmosClient, LitmosError, type LitmosUserSummary } from '../../src/litmos/index.js';
import { describeWithRecordings, litmosRecordingsPresent, recordedJson } from './recordings.js';
import { startReplayServer, type ReplayServer, type ScenarioEntry } from './replay-server.js';

const describeRec = describeWithRecordings(litmosRecordingsPresent, 'Litmos recordings');

describeRec('Litmos client against recorded Litmos responses', () => {
  const servers: ReplayServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function clientFor(
    scenario: readonly (string | ScenarioEntry)[],
    pageSize = 1000,
  ): Promise<{ litmos: LitmosClient; server: ReplayServer }> {
    const server = await startReplayServer(scenario);
    servers.push(server);
    const litmos = new LitmosClient({
      apiKey: `replay-${randomUUID()}`,
      source: 'contract-test',
      baseUrl: server.baseUrl,
      requestsPerMinute: 100_000,
      retry: { limit: 0 },
      pageSize,
    });
    return { litmos, server };
  }

  const paging = (server: ReplayServer) =>
    server.requests.map((r) => ({
      start: r.query.get('start'),
      limit: r.query.get('limit'),
      answeredWith: r.answeredWith,
    }));

  describe('GET /users', () => {
    test('JSON (2016): a short page ends the listing; rows reach the caller as recorded', async () => {
      const { litmos, server } = await clientFor(['pq/users-all-paginated#0'], 200);
      const users = await litmos.users.list();
      expect(users).toEqual(recordedJson('pq/users-all-paginated#0'));
      expect(paging(server)).toEqual([
        { start: '0', limit: '200', answeredWith: 'pq/users-all-paginated#0' },
      ]);
    });

    test('XML (2019): the real paging, 1000 + 1000 + 878 rows, read until the short page', async () => {
      const pages = [1, 2, 3].map((n) => `tf/users-get-paginated-asset-raw-0${n}`);
      const { litmos, server } = await clientFor(pages);
      const users = await litmos.users.list();
      expect(paging(server)).toEqual([
        { start: '0', limit: '1000', answeredWith: pages[0] },
        { start: '1000', limit: '1000', answeredWith: pages[1] },
        { start: '2000', limit: '1000', answeredWith: pages[2] },
      ]);
      expect(users).toHaveLength(2878);
      expect(users[0]).toEqual({
        Id: 'F7IsQhVq4dNAJbNTeienvg2',
        UserName: 'test0@email.com',
        FirstName: 'A',
        LastName: 'Braun',
        Active: true,
        Email: 'test0@email.com',
        AccessLevel: 'Learner',
        Brand: 'Default',
      });
      const keys = new Set(users.map((u) => Object.keys(u).join(',')));
      expect([...keys]).toEqual(['Id,UserName,FirstName,LastName,Active,Email,AccessLevel,Brand']);
      expect(users.every((u) => typeof u.Active === 'boolean')).toBe(true);
      expect(users.some((u) => !u.Active)).toBe(true);
      expect(new Set(users.map((u) => u.Id)).size).toBe(2878);
      const idLengths = users.map((u) => u.Id.length);
      expect(idLengths.filter((n) => n === 23)).toHaveLength(2877);
      expect(idLengths.filter((n) => n === 12)).toHaveLength(1);
      expect(new Set(users.map((u) => u.AccessLevel))).toEqual(
        new Set(['Learner', 'Team_Leader', 'Administrator', 'Account_Owner']),
      );
    });

    test('the user list of another organisation (XML, 26 users, one 12-character id among 23-character ones)', async () => {
      const { litmos } = await clientFor(['tf/users-get-asset-raw']);
      const users = await litmos.users.list();
      expect(users).toHaveLength(26);
      expect(users.filter((u) => u.Id.length === 12).map((u) => u.Id)).toEqual(['Gc8pwY3BubI1']);
    });

    test.each([
      ['JSON', 'pq/search-users#0', 'charlie.smith@pieshop.net', 'CCzIpPA13Wo1'],
      ['XML', 'tf/users-search-asset-raw', 'test0@email.com', 'w8_XWWRCq7S5xPc4LdjqMw2'],
    ])('search (%s) finds a user by exact user name', async (_format, id, userName, userId) => {
      const { litmos, server } = await clientFor([id]);
      const found = await litmos.users.findByUserName(userName);
      expect(found?.Id).toBe(userId);
      expect(server.requests[0]?.query.get('search')).toBe(userName);
    });

    test('search (JSON) with no match: the recorded [] means "no such user"', async () => {
      const { litmos } = await clientFor(['pq/search-users-not-found#0']);
      await expect(litmos.users.findByUserName('beelzebub@pieshop.net')).resolves.toBeUndefined();
    });

    test('search (JSON) is a substring match: three rows, one exact user name', async () => {
      const { litmos } = await clientFor(['pq/find-and-update-user#0']);
      const rows = (await litmos.users.list({ search: 'charlie.quinn' })) as LitmosUserSummary[];
      expect(rows.length).toBeGreaterThan(1);
      const exact = await litmos.users.findByUserName('charlie.quinn');
      expect(exact?.UserName).toBe('charlie.quinn');
    });

    test('a deactivated user is still listed, with Active false', async () => {
      const { litmos } = await clientFor(['pq/deactivate-user#2']);
      const user = await litmos.users.findByUserName('paul.smith2');
      expect(user?.Active).toBe(false);
    });
  });

  describe('GET /users/{id}', () => {
    test.each(['pq/find-user#0', 'pq/mark-module-complete#3', 'pq/module_complete#2'])(
      'JSON %s reaches the caller exactly as recorded (nulls for never-set fields)',
      async (id) => {
        const expected = recordedJson(id) as { Id: string };
        const { litmos } = await clientFor([id]);
        const user = await litmos.users.get(expected.Id);
        expect(user).toEqual(expected);
      },
    );

    test('XML: typed fields, "" for empty elements, null for i:nil', async () => {
      const { litmos } = await clientFor(['tf/users-id-get-asset-raw']);
      const user = await litmos.users.get('w8_XWWRCq7S5xPc4LdjqMw2');
      expect(user).toMatchObject({
        Id: 'w8_XWWRCq7S5xPc4LdjqMw2',
        Active: true,
        DisableMessages: true,
        OriginalId: 10152517,
        Points: 0,
        Skype: '',
        SalesforceId: null,
        TimeZone: 'UTC',
        ManagerId: 'f63_TabT3ks1',
        EnableTextNotification: false,
        ExpirationDate: '',
      });
      expect(Object.keys(user)).toHaveLength(50); // Id … ExpirationDate, as recorded
    });
  });

  describe('POST /users', () => {
    test.each(['pq/users-create#0', 'pq/create-new-user#0'])(
      'JSON 201 (%s): the created user',
      async (id) => {
        const { litmos, server } = await clientFor([id]);
        const expected = recordedJson(id) as { UserName: string; FirstName: string; LastName: string };
        const { user, adopted } = await litmos.users.create({
          UserName: expected.UserName,
          FirstName: expected.FirstName,
          LastName: expected.LastName,
        });
        expect(adopted).toBe(false);
        expect(user).toEqual(expected);
        expect(server.requests).toHaveLength(1);
      },
    );

    test('XML 201: the created user', async () => {
      const { litmos } = await clientFor(['tf/users-post-raw']);
      const { user } = await litmos.users.create({
        UserName: 'test0@email.com',
        FirstName: 'Joshua',
        LastName: 'Evans',
      });
      expect(user).toMatchObject({
        Id: '7OEoaxzdowZrGLHX54eeng2',
        Active: true,
        ManagerId: '0',
        LastLogin: '',
      });
    });

    test('409 "UserName already exists" becomes USERNAME_TAKEN with the recorded message', async () => {
      const { litmos } = await clientFor(['pq/create-user-already-exists#0']);
      const failure = litmos.users.create({
        UserName: 'jobaba@pieshop.net',
        FirstName: 'Jo',
        LastName: 'Baba',
      });
      await expect(failure).rejects.toMatchObject({ code: 'USERNAME_TAKEN', status: 409 });
      await expect(failure).rejects.toThrow(/UserName already exists/);
    });
  });

  describe('PUT and DELETE /users/{id}', () => {
    test('DELETE: the recorded empty 200', async () => {
      const { litmos, server } = await clientFor(['pq/delete-user#0']);
      await expect(litmos.users.delete('YmrD13iZlm41')).resolves.toBeUndefined();
      expect(server.requests.map((r) => r.answeredWith)).toEqual(['pq/delete-user#0']);
    });

    test('PUT: the recorded empty 200 (the reads around it are find-user#0 served for that id)', async () => {
      const at = { method: 'GET', path: '/users/1Ued06dKZOc1' };
      const { litmos, server } = await clientFor([{ id: 'pq/find-user#0', at }, 'pq/deactivate-user#1']);
      await litmos.users.deactivate('1Ued06dKZOc1');
      expect(server.requests.map((r) => `${r.method} ${r.answeredWith ?? 'unanswered'}`)).toEqual([
        'GET pq/find-user#0',
        'PUT pq/deactivate-user#1',
        'GET pq/find-user#0',
      ]);
    });

    test('the real 500 (a WCF HTML page) names its reason phrase, not "not JSON"', async () => {
      const { litmos } = await clientFor([
        { id: 'pq/find-user#0', at: { method: 'GET', path: '/users/x1' } },
        { id: 'pq/module_complete#3', at: { method: 'PUT', path: '/users/x1' } },
      ]);
      const failure = litmos.users.deactivate('x1');
      await expect(failure).rejects.toBeInstanceOf(LitmosError);
      await expect(failure).rejects.toMatchObject({ code: 'SERVER', status: 500 });
      await expect(failure).rejects.toThrow(
        'failed with 500: The server encountered an error processing the request. Please see the server logs',
      );
    });
  });

  describe('teams', () => {
    test('GET /teams: rows with Id, Name, TeamCodeForBulkImport as recorded', async () => {
      const { litmos } = await clientFor(['pq/teams-all-paginated#0'], 200);
      expect(await litmos.teams.list()).toEqual(recordedJson('pq/teams-all-paginated#0'));
    });

    test('GET /teams/{id}: Id, Name and Description only', async () => {
      const { litmos } = await clientFor(['pq/add-sub-team#0']);
      expect(await litmos.teams.get('JyLa085jwVs1')).toEqual({
        Id: 'JyLa085jwVs1',
        Name: 'Max Chandler',
        Description: '',
      });
    });

    test('getComplete: a team its name search does not list keeps null code and parent (nothing invented)', async () => {
      const { litmos, server } = await clientFor([
        { id: 'pq/add-sub-team#0', at: { path: '/teams/y5phW-Iw2lE1' } },
        // The recorded listing holds y5phW-Iw2lE1; served here for the name search the client sends.
        { id: 'pq/teams-all-paginated#0', at: { query: { search: 'Max Chandler' } } },
      ]);
      const team = await litmos.teams.getComplete('y5phW-Iw2lE1');
      expect(team).toEqual({
        Id: 'JyLa085jwVs1',
        Name: 'Max Chandler',
        Description: '',
        TeamCodeForBulkImport: null,
        ParentTeamId: null,
      });
      expect(server.requests.map((r) => r.query.get('search'))).toEqual([null, 'Max Chandler']);
    });

    test.each([
      ['a root team', 'pq/teams-create#0', undefined],
      ['a sub-team', 'pq/add-sub-team#1', 'JyLa085jwVs1'],
    ])('POST creates %s: 201 with the recorded team', async (_what, id, parent) => {
      const { litmos } = await clientFor([id]);
      const expected = recordedJson(id) as { Name: string; Description: string };
      const team = await litmos.teams.create(
        { Name: expected.Name, Description: expected.Description },
        parent,
      );
      expect(team).toEqual(expected);
    });

    test('GET /teams/{id}/teams: sub-teams as recorded', async () => {
      const { litmos } = await clientFor(['pq/get-sub-teams#1'], 200);
      expect(await litmos.teams.listSubTeams('JyLa085jwVs1')).toEqual(recordedJson('pq/get-sub-teams#1'));
    });

    test('GET /teams/{id}/users: members in summary form, without Brand (2016)', async () => {
      const { litmos } = await clientFor(['pq/get-team-users#1'], 200);
      expect(await litmos.teams.listMembers('JyLa015jwVs1')).toEqual(recordedJson('pq/get-team-users#1'));
    });

    test('POST /teams/{id}/users (201, no body, no Content-Type) and DELETE /teams/{id}/users/{uid} (200)', async () => {
      const { litmos, server } = await clientFor(['pq/add-users#3', 'pq/remove-user#3']);
      await litmos.teams.addMembers('JyLa085jwVs1', ['cY6aotmMBXI1', 'A5WgbmCW_QY1']);
      await litmos.teams.removeMember('JyLa085jwVs1', 'QuRkl5Xe6mc1');
      expect(server.requests.map((r) => r.answeredWith)).toEqual(['pq/add-users#3', 'pq/remove-user#3']);
      expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual([
        { Id: 'cY6aotmMBXI1' },
        { Id: 'A5WgbmCW_QY1' },
      ]);
    });

    test('PUT and DELETE /teams/{id}/leaders/{uid}: the recorded empty 200s', async () => {
      const { litmos, server } = await clientFor([
        'pq/promote-and-demote-user#4',
        'pq/promote-and-demote-user#5',
      ]);
      await litmos.teams.promote('JyLa085jwVs1', 'leaders', '_TO1js_pMiw1');
      await litmos.teams.demote('JyLa085jwVs1', 'leaders', '_TO1js_pMiw1');
      expect(server.requests.map((r) => r.answeredWith)).toEqual([
        'pq/promote-and-demote-user#4',
        'pq/promote-and-demote-user#5',
      ]);
    });
  });

  describe('courses', () => {
    test.each(['pq/mark-module-complete#0', 'pq/module_complete#0'])(
      'GET /courses/{id} (%s) reaches the caller as recorded',
      async (id) => {
        const expected = recordedJson(id) as { Id: string };
        const { litmos } = await clientFor([id]);
        expect(await litmos.courses.get(expected.Id)).toEqual(expected);
      },
    );
  });
});
