/**
 * Which user calls note a user as seen active (so later adds for them skip their read-back) and
 * which forget them: creates and reads by id note, every write to the user forgets (nock answers).
 */
import nock from 'nock';
import { RecentUsers } from './recent-users.js';
import { LitmosTeams } from './teams.js';
import { resetRequestGates } from './throttle.js';
import { LitmosTransport } from './transport.js';
import { LitmosUsers } from './users.js';

const BASE = 'https://litmos.test';
let keyCounter = 0;

function setup() {
  keyCounter += 1;
  const retry = { limit: 0, baseDelayMs: 1, maxDelayMs: 1 };
  const transport = new LitmosTransport({
    apiKey: `sightings-key-${keyCounter}`,
    source: 'unit-test',
    baseUrl: `${BASE}/v1.svc`,
    throttle: { requestsPerInterval: 10_000, intervalMs: 60_000 },
    retry,
    timeoutMs: 5_000,
    random: () => 0,
    userAgent: 'unit-test',
  });
  const recent = new RecentUsers({ ttlMs: 60_000, now: () => 0 });
  const users = new LitmosUsers({
    transport,
    pageSize: 1000,
    retry,
    random: () => 0,
    sleep: async () => undefined,
    userListTtlMs: 60_000,
    now: () => 0,
    recent,
  });
  const teams = new LitmosTeams({ transport, pageSize: 1000, recent });
  return { users, teams, recent };
}

const user = (Id: string, Active = true, AccessLevel = 'Learner') => ({
  Id,
  UserName: `${Id}@example.com`,
  FirstName: 'F',
  LastName: 'L',
  Active,
  AccessLevel,
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  resetRequestGates();
});
afterAll(() => nock.enableNetConnect());

describe('users seen active moments ago', () => {
  it('a created user is noted as an active learner', async () => {
    const { users, recent } = setup();
    nock(BASE).post('/v1.svc/users').query(true).reply(201, user('u1'));
    await users.create({ UserName: 'u1@example.com', FirstName: 'F', LastName: 'L' });
    expect(recent.isActiveLearner('u1')).toBe(true);
  });

  it('a user read by id is noted as Litmos answered it', async () => {
    const { users, recent } = setup();
    nock(BASE)
      .get('/v1.svc/users/u1')
      .query(true)
      .reply(200, user('u1'))
      .get('/v1.svc/users/u2')
      .query(true)
      .reply(200, user('u2', false));
    await users.get('u1');
    await users.get('u2');
    expect(recent.isActive('u1')).toBe(true);
    expect(recent.isActive('u2')).toBe(false);
  });

  it('an update forgets the user, and its read-back notes them again', async () => {
    const { users, recent } = setup();
    let putSeenWhileForgotten = false;
    nock(BASE)
      .get('/v1.svc/users/u1')
      .query(true)
      .reply(200, user('u1'))
      .put('/v1.svc/users/u1')
      .query(true)
      .reply(() => {
        putSeenWhileForgotten = !recent.isActive('u1');
        return [200, ''];
      })
      .get('/v1.svc/users/u1')
      .query(true)
      .reply(200, user('u1', true, 'Team_Leader'));
    await users.update('u1', { FirstName: 'G' });
    expect(putSeenWhileForgotten).toBe(true);
    expect(recent.isActive('u1')).toBe(true);
    expect(recent.isActiveLearner('u1')).toBe(false);
  });

  it('a delete forgets the user', async () => {
    const { users, recent } = setup();
    recent.saw(user('u1'));
    nock(BASE).delete('/v1.svc/users/u1').query(true).reply(200, '');
    await users.delete('u1');
    expect(recent.isActive('u1')).toBe(false);
  });

  it.each([
    [
      'removing them from a team',
      (t: LitmosTeams) => t.removeMember('t1', 'u1'),
      'delete',
      '/v1.svc/teams/t1/users/u1',
    ],
    [
      'making them a leader',
      (t: LitmosTeams) => t.promote('t1', 'leaders', 'u1'),
      'put',
      '/v1.svc/teams/t1/leaders/u1',
    ],
    [
      'removing an admin role',
      (t: LitmosTeams) => t.demote('t1', 'admins', 'u1'),
      'delete',
      '/v1.svc/teams/t1/admins/u1',
    ],
  ] as const)('%s forgets the user', async (_name, call, method, path) => {
    const { teams, recent } = setup();
    recent.saw(user('u1'));
    nock(BASE)[method](path).query(true).reply(200, '');
    await call(teams);
    expect(recent.isActive('u1')).toBe(false);
  });
});
