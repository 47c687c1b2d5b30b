/** A prepaid listing (its first request's unit taken with `turn()`) pays for its later pages. */
import nock from 'nock';
import { listEvery, listEveryTolerant } from './listing.js';
import { resetRequestGates } from './throttle.js';
import { LitmosTransport } from './transport.js';
import { TEAM_KINDS } from './types.js';

const BASE = 'https://litmos.test';
let keyCounter = 0;

function transportCountingUnits(): { transport: LitmosTransport; units: () => number } {
  let units = 0;
  keyCounter += 1;
  const transport = new LitmosTransport({
    apiKey: `listing-key-${keyCounter}`,
    source: 'unit-test',
    baseUrl: `${BASE}/v1.svc`,
    throttle: { requestsPerInterval: 10_000, intervalMs: 60_000 },
    gate: () => {
      units += 1;
      return Promise.resolve();
    },
    retry: { limit: 0, baseDelayMs: 1, maxDelayMs: 1 },
    timeoutMs: 5_000,
    random: () => 0,
    userAgent: 'unit-test',
  });
  return { transport, units: () => units };
}

function twoPages(path: string): nock.Scope {
  return nock(BASE)
    .get(`/v1.svc${path}`)
    .query({ source: 'unit-test', format: 'json', start: '0', limit: '1', search: 'x' })
    .reply(200, [{ Id: 'a', Name: 'A' }])
    .get(`/v1.svc${path}`)
    .query({ source: 'unit-test', format: 'json', start: '1', limit: '1', search: 'x' })
    .reply(200, []);
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  resetRequestGates();
});
afterAll(() => nock.enableNetConnect());

it('a prepaid listing uses its unit for the first page only', async () => {
  const { transport, units } = transportCountingUnits();
  const scope = twoPages('/teams');
  await transport.turn();
  const rows = await listEvery(transport, 1, '/teams', { search: 'x' }, { prepaid: true });
  expect(rows).toEqual([{ Id: 'a', Name: 'A' }]);
  expect(scope.isDone()).toBe(true);
  expect(units()).toBe(2);
});

it('a listing that is not prepaid takes a unit for every page', async () => {
  const { transport, units } = transportCountingUnits();
  twoPages('/teams');
  await listEvery(transport, 1, '/teams', { search: 'x' });
  expect(units()).toBe(2);
});

it('a defensive listing passes its query and prepaid unit on, and names its route in refusals', async () => {
  const { transport, units } = transportCountingUnits();
  twoPages('/users/u1/teams');
  await transport.turn();
  const shape = { kinds: TEAM_KINDS, required: ['Id', 'Name'] as const };
  const rows = await listEveryTolerant(
    transport,
    1,
    '/users/u1/teams',
    shape,
    { search: 'x' },
    { prepaid: true },
  );
  expect(rows).toEqual([
    { Id: 'a', Name: 'A', Description: null, TeamCodeForBulkImport: null, ParentTeamId: null },
  ]);
  expect(units()).toBe(2);
  nock(BASE)
    .get('/v1.svc/users/u1/teams')
    .query(true)
    .reply(200, [{ Id: 'a' }]);
  await expect(listEveryTolerant(transport, 10, '/users/u1/teams', shape)).rejects.toThrow(
    'Litmos GET /users/u1/teams returned a row without Name',
  );
  nock(BASE).get('/v1.svc/users/u1/teams').query(true).reply(200, {});
  await expect(listEvery(transport, 10, '/users/u1/teams')).rejects.toThrow(
    'Litmos GET /users/u1/teams did not return a JSON array',
  );
});
