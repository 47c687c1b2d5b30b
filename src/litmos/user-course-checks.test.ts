/**
 * A course check asked by one caller while another caller's assignment is still being written
 * reads only after that write has been answered, so it sees the assignment.
 */
import { loopback, type Loopback } from '../net/testing.js';
import { LitmosClient } from './client.js';
import { resetRequestGates } from './throttle.js';

let server: Loopback;
/** For each GET, whether the assignment's POST had been answered when it arrived. */
const readsAfterWrites: boolean[] = [];

beforeEach(async () => {
  readsAfterWrites.length = 0;
  let postsAnswered = 0;
  server = await loopback((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.method === 'POST') {
      req.resume();
      // The write is answered after the checks’ gathering window (400 ms) has ended.
      setTimeout(() => {
        postsAnswered += 1;
        res.end('');
      }, 600);
      return;
    }
    readsAfterWrites.push(postsAnswered > 0);
    res.end(JSON.stringify([{ Id: 'c1', Name: 'Course', Active: true }]));
  });
});
afterEach(async () => {
  resetRequestGates();
  await server.close();
});

it('a check asked while another caller’s assignment is being written reads after the write', async () => {
  const client = new LitmosClient({
    apiKey: `course-checks-key-${process.pid}`,
    source: 'unit-test',
    baseUrl: `${server.origin}/v1.svc`,
    retry: { limit: 0 },
    sleep: async () => undefined,
  });
  await Promise.all([client.userCourseAdds.assign('u1', 'c1'), client.userCourseAdds.isAssigned('u2', 'c1')]);
  expect(readsAfterWrites.length).toBeGreaterThan(0);
  expect(readsAfterWrites.every((after) => after)).toBe(true);
});
