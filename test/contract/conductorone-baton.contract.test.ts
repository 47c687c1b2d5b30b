/**
 * Contract tier for the self-hosted side: every request of a Baton connector and connector
 * credential lifecycle (through the provider) is captured on its way to the simulator and checked
 * against ConductorOne's own API document; no credential secret ever travels in a request.
 */
import {
  startConductorOneSimulator,
  type ConductorOneSimulator,
} from '../../src/simulators/conductorone/index.js';
import { ProviderHarness } from '../simulated/provider-harness.js';
import { startCaptureProxy, type CaptureProxy } from './capture-proxy.js';
import { OpenApiContract } from './openapi-requests.js';
import { CONDUCTORONE_OPENAPI, conductorOneOpenApiPresent, describeWithRecordings } from './recordings.js';

const describeSpec = describeWithRecordings(conductorOneOpenApiPresent, 'the ConductorOne OpenAPI subset');

describeSpec('Baton connector and credential requests against the published API document', () => {
  let sim: ConductorOneSimulator;
  let proxy: CaptureProxy;

  beforeAll(async () => {
    sim = await startConductorOneSimulator();
    proxy = await startCaptureProxy(sim.serverUrl);
  });
  afterAll(async () => {
    await proxy.close();
    await sim.close();
  });

  test('create, change owners and name, import, rotate, revoke and delete send only accepted requests', async () => {
    const contract = new OpenApiContract(CONDUCTORONE_OPENAPI);
    const started = await ProviderHarness.start({
      conductorone_server_url: proxy.url,
      conductorone_client_id: sim.clientId,
      conductorone_client_secret: sim.clientSecret,
    });
    expect(started.errors).toEqual([]);
    const tf = started.harness;

    const app = (await tf.converge('litmos_conductorone_app', { display_name: 'Litmos' }, null))!;
    const BATON = 'litmos_conductorone_baton_connector';
    let baton = (await tf.converge(BATON, { app_id: app.id, display_name: 'baton-litmos' }, null))!;
    baton = (await tf.converge(
      BATON,
      { app_id: app.id, display_name: 'Litmos', description: 'self-hosted', user_ids: [sim.otherUserId] },
      baton,
    ))!;
    expect((await tf.importState(BATON, `${String(app.id)}/${String(baton.id)}`)).errors).toEqual([]);

    const CREDENTIAL = 'litmos_conductorone_connector_credential';
    const config = { app_id: app.id, connector_id: baton.id };
    const first = (await tf.converge(CREDENTIAL, config, null))!;
    expect((await tf.read(CREDENTIAL, first)).errors).toEqual([]);
    expect(
      (await tf.importState(CREDENTIAL, `${String(app.id)}/${String(baton.id)}/${String(first.id)}`)).errors,
    ).toEqual([]);
    expect((await tf.apply(CREDENTIAL, null, first, null)).errors).toEqual([]);
    const second = (await tf.converge(CREDENTIAL, config, null))!;
    expect((await tf.apply(CREDENTIAL, null, second, null)).errors).toEqual([]);
    expect((await tf.apply(BATON, null, baton, null)).errors).toEqual([]);

    const requests = proxy.captured;
    expect(requests.flatMap((r) => contract.problems(r))).toEqual([]);
    const operations = new Set(
      requests.map((r) => `${r.method} ${contract.operationFor(r.method, r.path)?.template ?? r.path}`),
    );
    for (const operation of [
      'POST /api/v1/apps/{app_id}/connectors',
      'POST /api/v1/apps/{connector_app_id}/connectors/{connector_id}/delegated',
      'GET /api/v1/apps/{app_id}/connectors/{id}',
      'DELETE /api/v1/apps/{app_id}/connectors/{id}',
      'POST /api/v1/apps/connectors/credentials',
      'GET /api/v1/apps/{app_id}/connectors/{connector_id}/credentials/{id}',
      'POST /api/v1/apps/{app_id}/connectors/{connector_id}/credentials/{id}',
    ]) {
      expect(operations).toContain(operation);
    }
    // The secrets come back from the rotate calls only; no request ever carries one.
    for (const secret of [first.client_secret, second.client_secret]) {
      expect(typeof secret).toBe('string');
      expect(requests.some((r) => r.body.includes(String(secret)))).toBe(false);
    }
  });
});
