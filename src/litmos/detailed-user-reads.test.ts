import nock from 'nock';
import { resolveDetailedReadOptions, type DetailedReadOptions } from './detailed-user-reads.js';
import { LitmosError } from './errors.js';
import { caught } from './testing.js';
import { resetRequestGates } from './throttle.js';
import { LitmosTransport } from './transport.js';
import type { LitmosUser } from './types.js';
import { LitmosUsers } from './users.js';

const BASE = 'https://litmos.test';
const PAGE = 1000;
let keyCounter = 0;

interface Setup {
  readonly users: LitmosUsers;
  setClock(ms: number): void;
  /** A write through the client (a deactivation), which drops the listings. */
  write(): Promise<void>;
}

function setup(detailedReads: DetailedReadOptions = {}, ttlMs = 30_000): Setup {
  keyCounter += 1;
  let clock = 0;
  const retry = { limit: 0, baseDelayMs: 1, maxDelayMs: 1 };
  const transport = new LitmosTransport({
    apiKey: `detailed-reads-key-${keyCounter}`,
    source: 'unit-test',
    baseUrl: `${BASE}/v1.svc`,
    throttle: { requestsPerInterval: 10_000, intervalMs: 60_000 },
    retry,
    timeoutMs: 5_000,
    random: () => 0,
    userAgent: 'unit-test',
  });
  const users = new LitmosUsers({
    transport,
    pageSize: PAGE,
    retry,
    random: () => 0,
    sleep: async () => undefined,
    userListTtlMs: ttlMs,
    now: () => clock,
    detailedReads: { batchWindowMs: 10, ...detailedReads },
  });
  const write = async (): Promise<void> => {
    nock(BASE)
      .get('/v1.svc/users/w1')
      .query(true)
      .reply(200, fullUser(1))
      .put('/v1.svc/users/w1')
      .query(true)
      .reply(200, '')
      .get('/v1.svc/users/w1')
      .query(true)
      .reply(200, fullUser(1));
    await users.deactivate('w1');
  };
  return { users, setClock: (ms) => (clock = ms), write };
}

const fullUser = (n: number, FirstName = 'F'): LitmosUser =>
  ({
    Id: `u${n}`,
    UserName: `u${n}@example.com`,
    FirstName,
    LastName: 'L',
    FullName: `${FirstName} L`,
    Active: true,
    Email: `u${n}@example.com`,
    AccessLevel: 'Learner',
    Brand: 'Default',
    City: `City ${n}`,
    DisableMessages: false,
    IsCustomUsername: false,
    SkipFirstLogin: false,
    OriginalId: 1000 + n,
    Points: 0,
  }) as unknown as LitmosUser;

const org = (size: number, FirstName = 'F'): LitmosUser[] =>
  Array.from({ length: size }, (_, i) => fullUser(i, FirstName));

/** Answers every page of `/users/details` for `all`, once each. */
function listingScope(all: readonly LitmosUser[], scope = nock(BASE)): nock.Scope {
  const pageCount = Math.floor(all.length / PAGE) + 1;
  for (let p = 0; p < pageCount; p += 1) {
    scope
      .get('/v1.svc/users/details')
      .query({ source: 'unit-test', format: 'json', start: String(p * PAGE), limit: String(PAGE) })
      .reply(200, all.slice(p * PAGE, (p + 1) * PAGE));
  }
  return scope;
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  resetRequestGates();
});
afterAll(() => nock.enableNetConnect());

describe('users.getDetailed: few reads', () => {
  it('sends one GET /users/{id} per id when fewer than minListingBatch reads wait', async () => {
    const { users } = setup({ minListingBatch: 3 });
    const scope = nock(BASE)
      .get('/v1.svc/users/u1')
      .query(true)
      .reply(200, fullUser(1))
      .get('/v1.svc/users/u2')
      .query(true)
      .reply(200, fullUser(2));
    const [a, b] = await Promise.all([users.getDetailed('u1'), users.getDetailed('u2')]);
    expect([a.City, b.City]).toEqual(['City 1', 'City 2']);
    expect(scope.isDone()).toBe(true);
  });

  it('sends one GET for an id read twice in the same window', async () => {
    const { users } = setup({ minListingBatch: 2 });
    const scope = nock(BASE).get('/v1.svc/users/u7').query(true).once().reply(200, fullUser(7));
    const [a, b] = await Promise.all([users.getDetailed('u7'), users.getDetailed('u7')]);
    expect(a.Id).toBe('u7');
    expect(b.Id).toBe('u7');
    expect(scope.isDone()).toBe(true);
  });

  it('maps a 404 of GET /users/{id} to NOT_FOUND', async () => {
    const { users } = setup();
    nock(BASE).get('/v1.svc/users/gone').query(true).reply(404, { Detail: 'User - gone was not found' });
    const error = await caught(users.getDetailed('gone'));
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('users.getDetailed: many reads', () => {
  it('serves many concurrent reads with one listing of ceil(N/1000) pages', async () => {
    const { users } = setup();
    const all = org(1500);
    const scope = listingScope(all);
    const ids = ['u0', 'u999', 'u1000', 'u1499', 'u42', 'u7', 'u8', 'u9', 'u10', 'u11'];
    const read = await Promise.all(ids.map((id) => users.getDetailed(id)));
    expect(read.map((u) => u.Id)).toEqual(ids);
    expect(read[3]?.City).toBe('City 1499');
    expect(scope.isDone()).toBe(true);
    expect(scope.pendingMocks()).toEqual([]);
  });

  it('answers later reads from the same listing without a request', async () => {
    const { users } = setup();
    listingScope(org(20));
    await Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    // No interceptor is left: any request would fail.
    const later = await Promise.all(['u4', 'u5'].map((id) => users.getDetailed(id)));
    expect(later.map((u) => u.Id)).toEqual(['u4', 'u5']);
  });

  it('lets reads that arrive while the listing runs join it', async () => {
    const { users } = setup();
    const scope = nock(BASE).get('/v1.svc/users/details').query(true).delay(50).reply(200, org(10));
    const first = Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const late = users.getDetailed('u9');
    expect((await late).Id).toBe('u9');
    expect((await first).length).toBe(3);
    expect(scope.isDone()).toBe(true);
  });

  it('confirms an id the listing does not have with one GET before reporting NOT_FOUND', async () => {
    const { users } = setup();
    listingScope(org(5));
    const point = nock(BASE)
      .get('/v1.svc/users/missing')
      .query(true)
      .reply(404, { Detail: 'User - missing was not found' });
    const results = await Promise.allSettled(['u1', 'u2', 'missing'].map((id) => users.getDetailed(id)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    const failure = results[2];
    expect(
      failure?.status === 'rejected' && failure.reason instanceof LitmosError && failure.reason.code,
    ).toBe('NOT_FOUND');
    expect(point.isDone()).toBe(true);
  });

  it('serves a user that a listing page missed (e.g. shifted while users changed) from its point GET', async () => {
    const { users } = setup();
    listingScope(org(5));
    nock(BASE).get('/v1.svc/users/u77').query(true).reply(200, fullUser(77));
    const results = await Promise.all(['u1', 'u2', 'u77'].map((id) => users.getDetailed(id)));
    expect(results.map((u) => u.Id)).toEqual(['u1', 'u2', 'u77']);
  });

  it('lists again after a write through the client', async () => {
    const { users } = setup();
    listingScope(org(5, 'Before'));
    const before = await Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    expect(before[0]?.FirstName).toBe('Before');

    nock(BASE).delete('/v1.svc/users/u4').query(true).reply(200);
    await users.delete('u4');

    const after = listingScope(org(4, 'After'));
    const read = await Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    expect(read.map((u) => u.FirstName)).toEqual(['After', 'After', 'After']);
    expect(after.isDone()).toBe(true);
  });

  it('a listing in flight while a write lands serves only the reads that started before the write', async () => {
    const { users } = setup();
    // The first listing answers late: the write happens while it is still on the wire.
    const slow = nock(BASE).get('/v1.svc/users/details').query(true).delay(150).reply(200, org(5, 'Before'));
    const early = Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    nock(BASE).delete('/v1.svc/users/u4').query(true).reply(200);
    await users.delete('u4');

    const after = listingScope(org(4, 'After'));
    const late = await Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    expect(late.map((u) => u.FirstName)).toEqual(['After', 'After', 'After']);
    expect((await early).map((u) => u.FirstName)).toEqual(['Before', 'Before', 'Before']);
    expect(slow.isDone()).toBe(true);
    expect(after.isDone()).toBe(true);
    // And the late listing, not the early one, is what later reads get.
    expect((await users.getDetailed('u2')).FirstName).toBe('After');
  });

  it('lists again once the listing is older than the TTL', async () => {
    const { users, setClock } = setup({}, 1_000);
    listingScope(org(5, 'First'));
    await Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    setClock(1_000);
    const second = listingScope(org(5, 'Second'));
    const read = await Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    expect(read[0]?.FirstName).toBe('Second');
    expect(second.isDone()).toBe(true);
  });

  it('after a listing that paid off expires, a lone read lists again instead of a GET', async () => {
    const { users, setClock } = setup({}, 1_000);
    listingScope(org(5, 'First'));
    // Three reads from a one-page listing: it paid off.
    await Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    setClock(1_000);
    const second = listingScope(org(5, 'Second'));
    expect((await users.getDetailed('u4')).FirstName).toBe('Second');
    expect(second.isDone()).toBe(true);
  });

  it('a listing that served exactly as many reads as it cost pages paid off', async () => {
    const { users, setClock } = setup({}, 1_000);
    listingScope(org(2500)); // three pages, for three reads
    await Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    setClock(1_000);
    const second = listingScope(org(5, 'Second'));
    expect((await users.getDetailed('u4')).FirstName).toBe('Second');
    expect(second.isDone()).toBe(true);
  });

  it('after a listing that did not pay off expires, a lone read is one GET', async () => {
    const { users, setClock } = setup({}, 1_000);
    listingScope(org(3500)); // four pages, for three reads
    await Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    setClock(1_000);
    const one = nock(BASE).get('/v1.svc/users/u4').query(true).reply(200, fullUser(4, 'Single'));
    expect((await users.getDetailed('u4')).FirstName).toBe('Single');
    expect(one.isDone()).toBe(true);
  });

  it('after a write, an expired listing is not listed again for a lone read', async () => {
    const { users, setClock, write } = setup({}, 1_000);
    listingScope(org(5, 'First'));
    await Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    await write();
    setClock(1_000);
    const one = nock(BASE).get('/v1.svc/users/u4').query(true).reply(200, fullUser(4, 'Single'));
    expect((await users.getDetailed('u4')).FirstName).toBe('Single');
    expect(one.isDone()).toBe(true);
  });

  it('rejects every waiting read when the listing fails, and does not keep the failure', async () => {
    const { users } = setup();
    nock(BASE).get('/v1.svc/users/details').query(true).reply(401, { Detail: 'Invalid api key' });
    const results = await Promise.allSettled(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    listingScope(org(5));
    const read = await Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    expect(read.map((u) => u.Id)).toEqual(['u1', 'u2', 'u3']);
  });
});

describe('users.listDetailed', () => {
  it('passes search and since to /users/details', async () => {
    const { users } = setup();
    const scope = nock(BASE)
      .get('/v1.svc/users/details')
      .query({
        source: 'unit-test',
        format: 'json',
        start: '0',
        limit: '1000',
        search: 'ada',
        since: '2024-01-02',
      })
      .reply(200, [fullUser(1)]);
    const found = await users.listDetailed({ search: 'ada', since: '2024-01-02' });
    expect(found.map((u) => u.Id)).toEqual(['u1']);
    expect(scope.isDone()).toBe(true);
  });
});

describe('resolveDetailedReadOptions', () => {
  it.each([
    ['defaults', {}, { batchWindowMs: 25, minListingBatch: 3 }],
    ['overrides', { batchWindowMs: 0, minListingBatch: 1 }, { batchWindowMs: 0, minListingBatch: 1 }],
    [
      'undefined keeps the default',
      { minListingBatch: undefined },
      { batchWindowMs: 25, minListingBatch: 3 },
    ],
  ])('%s', (_name, input: DetailedReadOptions, expected) => {
    expect(resolveDetailedReadOptions(input)).toEqual(expected);
  });

  it.each([
    ['a negative window', { batchWindowMs: -1 }, /batchWindowMs/],
    ['an infinite window', { batchWindowMs: Infinity }, /batchWindowMs/],
    ['a zero batch', { minListingBatch: 0 }, /minListingBatch/],
    ['a fractional batch', { minListingBatch: 2.5 }, /minListingBatch/],
  ])('rejects %s', (_name, input: DetailedReadOptions, message) => {
    expect(() => resolveDetailedReadOptions(input)).toThrow(message);
  });
});

describe('users.getDetailedByIdOrUserName: imports', () => {
  it('serves concurrent imports by user name or id with one listing', async () => {
    const { users } = setup();
    const scope = listingScope(org(30));
    const keys = ['u1@example.com', 'U2@Example.com', 'u3', 'u4@example.com'];
    const read = await Promise.all(keys.map((k) => users.getDetailedByIdOrUserName(k)));
    expect(read.map((u) => u.Id)).toEqual(['u1', 'u2', 'u3', 'u4']);
    expect(scope.isDone()).toBe(true);
  });

  it('counts a read by id and an import of the same key as two reads toward the listing', async () => {
    const { users } = setup();
    const scope = listingScope(org(10));
    const read = await Promise.all([
      users.getDetailed('u1'),
      users.getDetailedByIdOrUserName('u1'),
      users.getDetailed('u2'),
    ]);
    expect(read.map((u) => u.Id)).toEqual(['u1', 'u1', 'u2']);
    expect(scope.isDone()).toBe(true);
  });

  it('shares the listing with refresh reads of the same run', async () => {
    const { users } = setup();
    listingScope(org(30));
    await Promise.all(['u1@example.com', 'u2', 'u3'].map((k) => users.getDetailedByIdOrUserName(k)));
    // No interceptor is left: the refresh reads after the imports come from the same listing.
    const refreshed = await Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    expect(refreshed.map((u) => u.City)).toEqual(['City 1', 'City 2', 'City 3']);
  });

  it('imports one user by user name with one GET /users/{username}', async () => {
    const { users } = setup();
    const scope = nock(BASE).get('/v1.svc/users/u5%40example.com').query(true).reply(200, fullUser(5));
    expect((await users.getDetailedByIdOrUserName('u5@example.com')).Id).toBe('u5');
    expect(scope.isDone()).toBe(true);
  });

  it('throws NOT_FOUND for a user name the listing does not have, after one confirming GET', async () => {
    const { users } = setup();
    listingScope(org(5));
    nock(BASE)
      .get('/v1.svc/users/nobody%40example.com')
      .query(true)
      .reply(404, { Detail: 'User - nobody@example.com was not found' });
    const results = await Promise.allSettled(
      ['u1@example.com', 'u2', 'nobody@example.com'].map((k) => users.getDetailedByIdOrUserName(k)),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    const rejected = results[2] as PromiseRejectedResult;
    expect((rejected.reason as LitmosError).code).toBe('NOT_FOUND');
  });
});
