/** `GET /users/details` of the Litmos simulator: full-form users, paged, searchable, JSON or XML. */
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';

let sim: LitmosSimulator;

beforeEach(async () => {
  sim = await startLitmosSimulator({
    apiKey: 'sim-details-key-0123456789',
    source: 'sim-tests',
    seed: false,
  });
});
afterEach(async () => {
  await sim.close();
});

function details(query: Record<string, string>, format: 'json' | 'xml' = 'json'): Promise<Response> {
  const url = new URL(`${sim.baseUrl}/users/details`);
  url.searchParams.set('source', sim.source);
  if (format === 'json') url.searchParams.set('format', 'json');
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return fetch(url, { headers: { apikey: sim.apiKey } });
}

async function jsonList(query: Record<string, string>): Promise<Array<Record<string, unknown>>> {
  const res = await details(query);
  expect(res.status).toBe(200);
  return (await res.json()) as Array<Record<string, unknown>>;
}

function addUsers(count: number): void {
  for (let n = 0; n < count; n += 1) {
    sim.store.createUser({
      UserName: `user${n}@example.com`,
      FirstName: `U${String(n).padStart(4, '0')}`,
      LastName: 'X',
      City: `City ${n}`,
    });
  }
}

describe('GET /users/details', () => {
  it('returns users in full form, inactive ones included', async () => {
    addUsers(3);
    const second = sim.store.findUser('user1@example.com');
    sim.store.updateUser(second!.Id, { ...second, Active: false });
    const users = await jsonList({});
    expect(users.map((u) => u.UserName)).toEqual([
      'user0@example.com',
      'user1@example.com',
      'user2@example.com',
    ]);
    expect(users[1]).toMatchObject({ Active: false, City: 'City 1', FullName: 'U0001 X' });
    expect(users[0]).toHaveProperty('LoginKey');
    expect(users[0]).toHaveProperty('CreatedDate');
  });

  it('pages with start and limit, 100 by default and at most 1000', async () => {
    addUsers(1005);
    expect((await jsonList({})).length).toBe(100);
    expect((await jsonList({ limit: '5000' })).length).toBe(1000);
    const tail = await jsonList({ start: '1000', limit: '1000' });
    expect(tail.map((u) => u.FirstName)).toEqual(['U1000', 'U1001', 'U1002', 'U1003', 'U1004']);
    expect(await jsonList({ start: '2000' })).toEqual([]);
  });

  it('filters with search as a case-insensitive substring', async () => {
    addUsers(12);
    const users = await jsonList({ search: 'USER1' });
    expect(users.map((u) => u.UserName)).toEqual([
      'user1@example.com',
      'user10@example.com',
      'user11@example.com',
    ]);
  });

  it('keeps users created after since, and answers 406 for a bad since', async () => {
    addUsers(2);
    expect((await jsonList({ since: '2000-01-01' })).length).toBe(2);
    expect((await jsonList({ since: '2999-01-01 10:30' })).length).toBe(0);
    const bad = await details({ since: '01/02/2024' });
    expect(bad.status).toBe(406);
  });

  it('answers XML by default with a Users root of User elements', async () => {
    addUsers(2);
    const res = await details({}, 'xml');
    expect(res.headers.get('content-type')).toContain('application/xml');
    const body = await res.text();
    expect(body).toMatch(/<Users xmlns:i="[^"]+"><User><Id>/);
    expect(body.match(/<User>/g)?.length).toBe(2);
    expect(body).toContain('<City>City 1</City>');
  });

  it('is counted under its own route, not as GET /users/{id}', async () => {
    addUsers(1);
    await jsonList({});
    expect(sim.stats().byRoute).toEqual({ 'GET /users/details': 1 });
  });
});
