/**
 * Batched full-form reads keep ids and user names apart: a read by id is never answered by the
 * user whose user name happens to be that text, while an import (Id or UserName) is.
 */
import nock from 'nock';
import { resetRequestGates } from './throttle.js';
import { LitmosTransport } from './transport.js';
import type { LitmosUser } from './types.js';
import { LitmosUsers } from './users.js';

const BASE = 'https://litmos.test';
let keyCounter = 0;

function users(): LitmosUsers {
  keyCounter += 1;
  const retry = { limit: 0, baseDelayMs: 1, maxDelayMs: 1 };
  return new LitmosUsers({
    transport: new LitmosTransport({
      apiKey: `detailed-keys-key-${keyCounter}-${process.pid}`,
      source: 'unit-test',
      baseUrl: `${BASE}/v1.svc`,
      throttle: { requestsPerInterval: 10_000, intervalMs: 60_000 },
      retry,
      timeoutMs: 5_000,
      random: () => 0,
      userAgent: 'unit-test',
    }),
    pageSize: 1000,
    retry,
    random: () => 0,
    sleep: async () => undefined,
    userListTtlMs: 30_000,
    now: () => 0,
    detailedReads: { batchWindowMs: 10, minListingBatch: 3 },
  });
}

const user = (n: number): LitmosUser =>
  ({
    Id: `u${n}`,
    UserName: `name${n}`,
    FirstName: 'F',
    LastName: 'L',
    FullName: 'F L',
    Active: true,
    Email: `u${n}@example.com`,
    AccessLevel: 'Learner',
    Brand: 'Default',
    City: 'C',
    DisableMessages: false,
    IsCustomUsername: false,
    SkipFirstLogin: false,
    OriginalId: 1000 + n,
    Points: 0,
  }) as unknown as LitmosUser;

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  resetRequestGates();
});
afterAll(() => nock.enableNetConnect());

it('a read by id of a text that is only a user name is confirmed by its own GET, not answered by that user', async () => {
  const api = users();
  nock(BASE)
    .get('/v1.svc/users/details')
    .query(true)
    .reply(200, [user(1), user(2), user(3)])
    .get('/v1.svc/users/name1')
    .query(true)
    .reply(404, { Detail: 'User - name1 was not found' });
  const results = await Promise.allSettled(['name1', 'u2', 'u3'].map((id) => api.getDetailed(id)));
  expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
  expect(results[0]?.status === 'rejected' && (results[0].reason as { code?: string }).code).toBe(
    'NOT_FOUND',
  );
  expect(nock.pendingMocks()).toEqual([]);
});

it('an import by user name is answered from the same kind of listing', async () => {
  const api = users();
  nock(BASE)
    .get('/v1.svc/users/details')
    .query(true)
    .reply(200, [user(1), user(2), user(3)]);
  const read = await Promise.all(['name1', 'u2', 'name3'].map((key) => api.getDetailedByIdOrUserName(key)));
  expect(read.map((u) => u.Id)).toEqual(['u1', 'u2', 'u3']);
});
