/**
 * What a caller of the users API sees when an answer has the wrong shape, when the API is used
 * without a record of recent users, and when a create fails without an answer whose cause says
 * nothing more.
 */
import nock from 'nock';
import { LitmosClient } from './client.js';
import { LitmosError } from './errors.js';
import { resolveRetryPolicy } from './retry.js';
import { resetRequestGates } from './throttle.js';
import { LitmosTransport, type RequestSpec } from './transport.js';
import { LitmosUsers } from './users.js';

const US = 'https://api.litmos.com';
let keyCounter = 0;
const ADA = { UserName: 'ada@example.com', FirstName: 'Ada', LastName: 'L', Email: 'ada@example.com' };

function newClient(): LitmosClient {
  keyCounter += 1;
  return new LitmosClient({
    apiKey: `users-requests-key-${keyCounter}-${process.pid}`,
    source: 'unit-test',
    retry: { limit: 0 },
    sleep: async () => undefined,
  });
}

/** The users API alone, on `transport`, with no record of recently seen users. */
function usersOn(transport: LitmosTransport, sleeps: number[] = []): LitmosUsers {
  return new LitmosUsers({
    transport,
    pageSize: 1000,
    retry: resolveRetryPolicy({ limit: 3, baseDelayMs: 1, maxDelayMs: 2 }),
    random: () => 0,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    userListTtlMs: 300_000,
    now: () => 0,
  });
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e: unknown) {
    return e;
  }
  throw new Error('expected a failure');
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  resetRequestGates();
});
afterAll(() => nock.enableNetConnect());

describe('answers of the wrong shape', () => {
  it('a full-form listing that is not an array names the listing', async () => {
    nock(US).get('/v1.svc/users/details').query(true).reply(200, { Id: 'u1' });
    const error = await caught(newClient().users.listDetailed());
    expect(error).toBeInstanceOf(LitmosError);
    expect((error as LitmosError).message).toBe('Litmos GET /users/details did not return a JSON array');
  });

  it('a create answered with something other than a user names the create', async () => {
    nock(US)
      .post('/v1.svc/users')
      .query(true)
      .reply(201, [{ Id: 'u1' }]);
    const error = await caught(newClient().users.create(ADA));
    expect(error).toBeInstanceOf(LitmosError);
    expect((error as LitmosError).message).toBe('Litmos POST /users did not return a JSON object');
  });
});

describe('without a record of recent users', () => {
  it('creates a user all the same', async () => {
    keyCounter += 1;
    const transport = new LitmosTransport({
      apiKey: `users-requests-key-${keyCounter}-${process.pid}`,
      source: 'unit-test',
      baseUrl: `${US}/v1.svc`,
      throttle: { requestsPerInterval: 10_000, intervalMs: 80 },
      retry: resolveRetryPolicy({ limit: 0 }),
      timeoutMs: 5_000,
      random: () => 0,
      userAgent: 'unit-test-agent',
    });
    nock(US).post('/v1.svc/users').query(true).reply(201, { Id: 'u1', UserName: ADA.UserName, Active: true });
    await expect(usersOn(transport).create(ADA)).resolves.toEqual({
      user: { Id: 'u1', UserName: ADA.UserName, Active: true },
      adopted: false,
    });
  });
});

describe('a create that fails without an answer', () => {
  /** A transport whose POSTs fail with `failure` and whose user listings are empty. */
  function failingPosts(failure: LitmosError, seen: string[]): LitmosTransport {
    const fake: Pick<LitmosTransport, 'request' | 'onWrite'> = {
      request: async (spec: RequestSpec) => {
        seen.push(`${spec.method} ${spec.path}`);
        if (spec.method === 'POST') throw failure;
        return [];
      },
      onWrite: () => () => true,
    };
    return fake as LitmosTransport;
  }

  it.each([
    ['no cause', new LitmosError('NETWORK', 'Litmos POST /users failed: gone')],
    ['an empty cause', new LitmosError('NETWORK', 'Litmos POST /users failed: gone', { cause: null })],
  ])('with %s is looked up once, then reported as it is, not sent again', async (_name, failure) => {
    const seen: string[] = [];
    const sleeps: number[] = [];
    await expect(usersOn(failingPosts(failure, seen), sleeps).create(ADA)).rejects.toBe(failure);
    expect(seen).toEqual(['POST /users', 'GET /users']);
    expect(sleeps).toEqual([]);
  });
});
