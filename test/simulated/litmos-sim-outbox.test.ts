/** The simulator's outbox: which team and course writes send e-mail, over HTTP as a client sends them. */
import {
  sentMessages,
  startLitmosSimulator,
  type LitmosSimulator,
} from '../../src/simulators/litmos/index.js';

let sim: LitmosSimulator;
let teamId: string;
let userId: string;
let courseId: string;

beforeAll(async () => {
  sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
  teamId = sim.store.createTeam('Outbox team', '').Id;
  userId = sim.store.createUser({ UserName: 'outbox@example.com', FirstName: 'Out', LastName: 'Box' }).Id;
  courseId = sim.store.listCourses()[0]!.Id;
});
afterAll(() => sim.close());

async function post(path: string, body: unknown, query = ''): Promise<number> {
  const url = `${sim.baseUrl}${path}?source=${sim.source}&format=json${query}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { apikey: sim.apiKey, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.status;
}

const since = (count: number) => sentMessages(sim.store).slice(count);

test('adding team members sends e-mail only with sendmessage=true', async () => {
  const before = sentMessages(sim.store).length;
  expect(await post(`/teams/${teamId}/users`, [{ Id: userId }])).toBe(201);
  expect(await post(`/teams/${teamId}/users`, [{ Id: userId }], '&sendmessage=false')).toBe(201);
  expect(since(before)).toEqual([]);
  expect(await post(`/teams/${teamId}/users`, [{ Id: userId }], '&sendmessage=true')).toBe(201);
  expect(since(before)).toEqual([{ kind: 'team-members', teamId, ids: [userId] }]);
});

test('assigning team courses sends e-mail unless sendmessage=false', async () => {
  const before = sentMessages(sim.store).length;
  const body = [{ Id: courseId, CourseTeamLibrary: false }];
  expect(await post(`/teams/${teamId}/courses`, body, '&sendmessage=false')).toBe(201);
  expect(since(before)).toEqual([]);
  expect(await post(`/teams/${teamId}/courses`, body)).toBe(201);
  expect(since(before)).toEqual([{ kind: 'team-courses', teamId, ids: [courseId] }]);
});

test('assigning courses to a user sends e-mail unless sendmessage=false', async () => {
  const before = sentMessages(sim.store).length;
  expect(await post(`/users/${userId}/courses`, [{ Id: courseId }], '&sendmessage=false')).toBe(200);
  expect(since(before)).toEqual([]);
  expect(await post(`/users/${userId}/courses`, [{ Id: courseId }])).toBe(200);
  expect(since(before)).toEqual([{ kind: 'user-courses', userId, ids: [courseId] }]);
});
