/** Defensive reading of routes nobody has recorded, through the client (nock answers). */
import nock from 'nock';
import { LitmosClient } from './client.js';
import { LitmosError } from './errors.js';
import { readTolerant } from './tolerant.js';
import { resetRequestGates } from './throttle.js';
import { USER_SUMMARY_KINDS } from './types.js';

const US = 'https://api.litmos.com';
let keyCounter = 0;

function newClient(): LitmosClient {
  keyCounter += 1;
  return new LitmosClient({
    apiKey: `tolerant-key-${keyCounter}-xxxxxxxx`,
    source: 'unit-test',
    retry: { limit: 0 },
  });
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  resetRequestGates();
});
afterAll(() => nock.enableNetConnect());

describe('rows of unrecorded routes', () => {
  it('keep known fields, drop unknown ones, read missing ones as null, accept "" and null', async () => {
    nock(US)
      .get('/v1.svc/teams/t1/leaders')
      .query(true)
      .reply(200, [
        {
          Id: 'u1',
          UserName: 'a@example.com',
          FirstName: '',
          LastName: null,
          Active: true,
          Surprise: { x: 1 },
        },
      ]);
    const [leader] = await newClient().teams.listLeaders('t1');
    expect(leader).toEqual({
      Id: 'u1',
      UserName: 'a@example.com',
      FirstName: '',
      LastName: null,
      Active: true,
      Email: null,
      AccessLevel: null,
      Brand: null,
    });
  });

  it('read text-typed booleans and numbers, and a value of another type as null', async () => {
    nock(US)
      .get('/v1.svc/users/u1/courses')
      .query(true)
      .reply(200, [
        { Id: 'c1', Name: 'Safety', Complete: 'true', PercentageComplete: '50', Active: { yes: 1 } },
      ]);
    const [course] = await newClient().courses.listForUser('u1');
    expect(course).toMatchObject({
      Id: 'c1',
      Name: 'Safety',
      Complete: true,
      PercentageComplete: 50,
      Active: null,
    });
  });

  it('refuse a row without the field that identifies it, naming the route', async () => {
    nock(US)
      .get('/v1.svc/courses')
      .query(true)
      .reply(200, [{ Id: 'c1', Code: 'X' }]);
    const failure = newClient().courses.list();
    await expect(failure).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
    await expect(failure).rejects.toThrow('Litmos GET /courses returned a row without Name');
  });

  it('refuse a row that is not an object', () => {
    expect(() => readTolerant('x', USER_SUMMARY_KINDS, ['Id'], 'GET /x')).toThrow(LitmosError);
  });

  it('/users/details: a row missing what a user always has is read again with GET /users/{id}', async () => {
    const complete = (Id: string, FirstName: string | undefined) => ({
      Id,
      UserName: `${Id}@example.com`,
      FirstName,
      LastName: 'L',
      Active: true,
      AccessLevel: 'Learner',
      DisableMessages: false,
      IsCustomUsername: false,
      SkipFirstLogin: false,
      OriginalId: 7,
      Points: 0,
      NewField: 'ignored',
    });
    nock(US)
      .get('/v1.svc/users/details')
      .query(true)
      .reply(200, [complete('u1', 'Ann'), complete('u2', undefined), complete('u3', 'Cy')]);
    const single = nock(US).get('/v1.svc/users/u2').query(true).reply(200, complete('u2', 'Bo'));
    const users = newClient().users;
    const [a, b, c] = await Promise.all(['u1', 'u2', 'u3'].map((id) => users.getDetailed(id)));
    expect([a?.FirstName, b?.FirstName, c?.FirstName]).toEqual(['Ann', 'Bo', 'Cy']);
    expect(single.isDone()).toBe(true);
    expect(a).not.toHaveProperty('NewField');
    expect(a?.TimeZone).toBe(''); // missing text the resource maps with blankToNull
  });
});
