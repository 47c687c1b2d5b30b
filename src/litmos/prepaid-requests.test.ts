/**
 * A prepaid request (its unit of budget taken with `turn()`, as a coalesced batch does) spends no
 * second unit on its first attempt; a retry spends its own.
 */
import { loopback, type Loopback } from '../net/testing.js';
import { resetRequestGates } from './throttle.js';
import { LitmosTransport } from './transport.js';

let server: Loopback;
let answers: number[];

beforeEach(async () => {
  answers = [];
  server = await loopback((_req, res) => {
    res.statusCode = answers.shift() ?? 200;
    res.setHeader('content-type', 'application/json');
    res.end('[]');
  });
});
afterEach(async () => {
  resetRequestGates();
  await server.close();
});

function transportCountingUnits(): { transport: LitmosTransport; units: () => number } {
  let units = 0;
  const transport = new LitmosTransport({
    apiKey: 'prepaid-test-key',
    source: 'unit-test',
    baseUrl: `${server.origin}/v1.svc`,
    throttle: { requestsPerInterval: 10_000, intervalMs: 60_000 },
    gate: () => {
      units += 1;
      return Promise.resolve();
    },
    retry: { limit: 2, baseDelayMs: 1, maxDelayMs: 2 },
    timeoutMs: 5_000,
    random: () => 0,
    userAgent: 'unit-test',
  });
  return { transport, units: () => units };
}

it('spends the unit of its turn, not another', async () => {
  const { transport, units } = transportCountingUnits();
  await transport.turn();
  await transport.request({ method: 'GET', path: '/courses', prepaid: true });
  expect(units()).toBe(1);
  await transport.request({ method: 'GET', path: '/courses' });
  expect(units()).toBe(2);
  expect(server.seen).toHaveLength(2);
});

it('takes a unit for each retry of a prepaid request', async () => {
  const { transport, units } = transportCountingUnits();
  answers = [502, 502];
  await transport.turn();
  await transport.request({ method: 'GET', path: '/courses', prepaid: true });
  expect(server.seen).toHaveLength(3);
  expect(units()).toBe(3);
});
