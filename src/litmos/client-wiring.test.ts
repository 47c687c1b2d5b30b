/**
 * How the client passes its options on: the shared budget's window margin, and how long a user
 * it saw active lets a team member add skip its read-back.
 */
import nock from 'nock';
import { LitmosClient, type LitmosClientOptions } from './client.js';
import { resetRequestGates } from './throttle.js';

const US = 'https://api.litmos.com';
let keyCounter = 0;

function newClient(overrides: Partial<LitmosClientOptions> = {}): LitmosClient {
  keyCounter += 1;
  return new LitmosClient({
    apiKey: `wiring-key-${keyCounter}-${process.pid}`,
    source: 'unit-test',
    retry: { limit: 0 },
    sleep: async () => undefined,
    ...overrides,
  });
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  resetRequestGates();
});
afterAll(() => nock.enableNetConnect());

describe('shared budget', () => {
  it('refuses a shared window margin that is not positive', () => {
    expect(() => newClient({ redisUrl: 'redis://127.0.0.1:1', sharedWindowMarginMs: 0 })).toThrow(
      /windowMarginMs must be > 0/,
    );
  });
});

describe('users seen active', () => {
  it('let a member add skip its read-back for the configured window on the given clock, then no longer', async () => {
    let now = 1_000_000;
    const client = newClient({ userListTtlMs: 10_000, now: () => now });
    nock(US)
      .post('/v1.svc/users')
      .query(true)
      .reply(201, { Id: 'u1', UserName: 'ada@example.com', Active: true, AccessLevel: 'Learner' });
    await client.users.create({
      UserName: 'ada@example.com',
      FirstName: 'A',
      LastName: 'L',
      Email: 'ada@example.com',
    });

    nock(US).post('/v1.svc/teams/t1/users').query(true).reply(200, '');
    await expect(client.teamMemberAdds.add('t1', 'u1')).resolves.toEqual({ joined: true, role: 'member' });
    expect(nock.pendingMocks()).toEqual([]);

    now += 10_001;
    const readBack = nock(US)
      .post('/v1.svc/teams/t2/users')
      .query(true)
      .reply(200, '')
      .get('/v1.svc/teams/t2/users')
      .query(true)
      .reply(200, [{ Id: 'u1', UserName: 'ada@example.com', AccessLevel: 'Learner' }]);
    await expect(client.teamMemberAdds.add('t2', 'u1')).resolves.toEqual({ joined: true, role: 'member' });
    expect(readBack.isDone()).toBe(true);
  });
});
