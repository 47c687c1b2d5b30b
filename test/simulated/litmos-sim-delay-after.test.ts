import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';

/** A delay `after` processing: the change is made at once, the answer comes late. */
describe('the Litmos simulator’s delay-after fault', () => {
  let sim: LitmosSimulator;
  beforeAll(async () => {
    sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
  });
  afterAll(() => sim.close());

  it('creates the user while the client is still waiting for the answer', async () => {
    sim.faults.failNext(1, 'POST /users', { kind: 'delay', ms: 600, when: 'after' });
    let answered = false;
    const response = fetch(`${sim.baseUrl}/users?source=${sim.source}&format=json`, {
      method: 'POST',
      headers: { apikey: sim.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ UserName: 'late.answer@example.com', FirstName: 'Late', LastName: 'Answer' }),
    }).then((r) => {
      answered = true;
      return r;
    });
    const deadline = Date.now() + 5_000;
    while (sim.store.findUser('late.answer@example.com') === undefined && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(sim.store.findUser('late.answer@example.com')).toBeDefined();
    expect(answered).toBe(false);
    expect((await response).status).toBe(201);
  });
});
