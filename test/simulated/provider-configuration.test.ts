/**
 * The provider block's rules, as ConfigureProvider applies them against the Litmos simulator:
 * conflicting endpoints, the request budget's lower bound, attribute-over-environment precedence,
 * and the credential check with a hint that names the setting to fix. Each error is on its
 * attribute, and no message shows the key.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import type { WireDiagnostic } from '../../src/framework/index.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

let sim: LitmosSimulator;
// Some other web server: every path is "404 Not Found", as a mistyped base_url would meet.
let elsewhere: Server;
let elsewhereUrl: string;
beforeAll(async () => {
  sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
  elsewhere = createServer((_req, res) =>
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>'),
  );
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/v1.svc`;
});
afterAll(async () => {
  await sim.close();
  await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
});

const litmos = (over: Attrs = {}): Attrs => ({
  api_key: sim.apiKey,
  litmos_source: sim.source,
  base_url: sim.baseUrl,
  requests_per_minute: 10_000,
  ...over,
});

const errorsOn = (diagnostics: WireDiagnostic[]): [string, string][] =>
  diagnostics
    .filter((d) => d.severity === 'ERROR')
    .map((d) => [
      d.summary,
      (d.attribute?.steps ?? []).map((s) => ('attribute_name' in s ? s.attribute_name : '?')).join('.'),
    ]);

describe('provider configuration rules', () => {
  test('a valid block against the simulator configures without a diagnostic', async () => {
    const { diagnostics } = await ProviderHarness.start(litmos());
    expect(diagnostics).toEqual([]);
  });

  test('region and base_url together conflict, also when the region comes from the environment', async () => {
    const both = await ProviderHarness.start(litmos({ region: 'eu' }));
    expect(errorsOn(both.diagnostics)).toEqual([['Conflicting Litmos Endpoint Settings', 'base_url']]);
    const fromEnv = await ProviderHarness.start(litmos(), { LITMOS_REGION: 'eu' });
    expect(errorsOn(fromEnv.diagnostics)).toEqual([['Conflicting Litmos Endpoint Settings', 'base_url']]);
  });

  test.each([
    [0, false],
    [-5, false],
    [1.5, false],
    [1, true],
  ])('requests_per_minute = %p is accepted: %p', async (rpm, ok) => {
    const { diagnostics } = await ProviderHarness.start(litmos({ requests_per_minute: rpm }));
    expect(errorsOn(diagnostics)).toEqual(ok ? [] : [['Invalid Request Budget', 'requests_per_minute']]);
  });

  test('an attribute wins over its environment variable; the variable fills an unset attribute', async () => {
    const wrongEnv = { LITMOS_SOURCE: 'not-the-source', LITMOS_API_KEY: 'not-the-key-0000000' };
    const attributeWins = await ProviderHarness.start(litmos(), wrongEnv);
    expect(attributeWins.diagnostics).toEqual([]);
    const envFills = await ProviderHarness.start(litmos({ api_key: null, litmos_source: null }), {
      LITMOS_SOURCE: sim.source,
      LITMOS_API_KEY: sim.apiKey,
    });
    expect(envFills.diagnostics).toEqual([]);
    const envWrong = await ProviderHarness.start(litmos({ litmos_source: null }), wrongEnv);
    expect(errorsOn(envWrong.diagnostics)).toEqual([['Litmos Credentials Rejected', 'api_key']]);
  });

  test.each([
    ['a wrong key', { api_key: 'a-wrong-key-that-is-long' }, /Check api_key \(LITMOS_API_KEY\)/],
    ['a wrong source', { litmos_source: 'another-source' }, /Check litmos_source \(LITMOS_SOURCE\)/],
    ['a base URL that is not the Litmos API', { base_url: 'elsewhere' }, /Check base_url or region/],
  ])('the credential check with %s names the setting to fix', async (_name, over: Attrs, hint) => {
    const resolved = over.base_url === 'elsewhere' ? { base_url: elsewhereUrl } : over;
    const { diagnostics } = await ProviderHarness.start(litmos(resolved));
    expect(errorsOn(diagnostics)).toEqual([['Litmos Credentials Rejected', 'api_key']]);
    expect(diagnostics[0]?.detail).toMatch(hint);
    expect(JSON.stringify(diagnostics)).not.toContain(sim.apiKey);
    expect(JSON.stringify(diagnostics)).not.toContain('a-wrong-key-that-is-long');
  });

  test('a source without a key is not checked; a key without a source is an error on litmos_source', async () => {
    const noKey = await ProviderHarness.start({ litmos_source: sim.source, base_url: sim.baseUrl });
    expect(noKey.diagnostics).toEqual([]);
    const noSource = await ProviderHarness.start(litmos({ litmos_source: null }));
    expect(errorsOn(noSource.diagnostics)).toEqual([['Missing Litmos Source', 'litmos_source']]);
  });

  test('a ConductorOne client ID without its secret is an error on the missing one', async () => {
    const { diagnostics } = await ProviderHarness.start({
      conductorone_client_id: 'id@acme.conductor.one/spc',
    });
    expect(errorsOn(diagnostics)).toEqual([
      ['Incomplete ConductorOne Credentials', 'conductorone_client_secret'],
    ]);
  });
});
