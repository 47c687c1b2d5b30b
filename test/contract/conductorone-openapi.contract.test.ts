/**
 * Contract tier: every request our ConductorOne client sends through a whole lifecycle (the app
 * and connector resources through the provider, then the client methods no resource reaches) is
 * captured on its way to the simulator and checked against ConductorOne's own API document.
 */
import {
  ConductorOneClient,
  createLitmosIntegration,
  LITMOS_CATALOG_ID,
} from '../../src/conductorone/index.js';
import {
  startConductorOneSimulator,
  type ConductorOneSimulator,
} from '../../src/simulators/conductorone/index.js';
import { ProviderHarness, type Attrs } from '../simulated/provider-harness.js';
import { startCaptureProxy, type CaptureProxy } from './capture-proxy.js';
import { OpenApiContract } from './openapi-requests.js';
import { CONDUCTORONE_OPENAPI, conductorOneOpenApiPresent, describeWithRecordings } from './recordings.js';

const describeSpec = describeWithRecordings(conductorOneOpenApiPresent, 'the ConductorOne OpenAPI subset');

const APP = 'litmos_conductorone_app';
const CONNECTOR = 'litmos_conductorone_connector';
const KEY_ONE = 'contract-key-one-0001';
const KEY_TWO = 'contract-key-two-0002';

describeSpec('ConductorOne requests against the published API document', () => {
  let sim: ConductorOneSimulator;
  let proxy: CaptureProxy;
  let contract: OpenApiContract;

  beforeAll(async () => {
    contract = new OpenApiContract(CONDUCTORONE_OPENAPI);
    sim = await startConductorOneSimulator();
    proxy = await startCaptureProxy(sim.serverUrl);
  });
  afterAll(async () => {
    await proxy.close();
    await sim.close();
  });

  test('a whole lifecycle sends only requests the API document accepts', async () => {
    const started = await ProviderHarness.start({
      conductorone_server_url: proxy.url,
      conductorone_client_id: sim.clientId,
      conductorone_client_secret: sim.clientSecret,
    });
    expect(started.errors).toEqual([]);
    const tf = started.harness;

    // The app: create, rename and describe, clear the description, change owners, import.
    let app = await tf.converge(
      APP,
      { display_name: 'Litmos', description: 'LMS', owner_user_ids: [sim.adminUserId] },
      null,
    );
    app = await tf.converge(APP, { display_name: 'Litmos LMS', description: 'Learning' }, app);
    app = await tf.converge(
      APP,
      { display_name: 'Litmos LMS', owner_user_ids: [sim.adminUserId, sim.otherUserId] },
      app,
    );
    expect((await tf.importState(APP, String(app?.id))).errors).toEqual([]);

    // The connector: create, change source and courses, clear courses, rotate the key, change
    // owners alone, the write-only key, import, delete.
    const config = (over: Attrs): Attrs => ({ app_id: app!.id, source: 'acme', api_key: KEY_ONE, ...over });
    let connector = await tf.converge(CONNECTOR, config({ course_ids: ['1', '2'] }), null);
    connector = await tf.converge(CONNECTOR, config({ source: 'globex', course_ids: ['3'] }), connector);
    connector = await tf.converge(CONNECTOR, config({ source: 'globex' }), connector);
    connector = await tf.converge(CONNECTOR, config({ source: 'globex', api_key: KEY_TWO }), connector);
    connector = await tf.converge(
      CONNECTOR,
      config({ source: 'globex', api_key: KEY_TWO, user_ids: [sim.otherUserId] }),
      connector,
    );
    const wo = (version: number): Attrs => ({
      app_id: app!.id,
      source: 'globex',
      api_key: null,
      api_key_wo: KEY_ONE,
      api_key_wo_version: version,
      user_ids: [sim.otherUserId],
    });
    connector = await tf.converge(CONNECTOR, wo(1), connector);
    connector = await tf.converge(CONNECTOR, wo(2), connector);
    expect((await tf.importState(CONNECTOR, `${String(app?.id)}/${String(connector?.id)}`)).errors).toEqual(
      [],
    );
    await tf.converge(CONNECTOR, null, connector);
    await tf.converge(APP, null, app);

    // Client calls no resource makes in this lifecycle.
    const client = new ConductorOneClient({
      serverUrl: proxy.url,
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
    });
    const other = await client.createApp({ displayName: 'Other' });
    await client.listAppOwners(other.id);
    await client.addAppOwner(other.id, sim.otherUserId);
    await client.removeAppOwner(other.id, sim.otherUserId);
    await client.listUsers({ query: 'a' });
    const pending = await client.createDelegatedConnector(other.id, {
      catalogId: LITMOS_CATALOG_ID,
      displayName: 'Litmos',
    });
    await client.updateDelegatedConnector({ id: pending.id, appId: other.id, displayName: 'Litmos' }, [
      'displayName',
    ]);
    const configured = await createLitmosIntegration(client, {
      appId: other.id,
      settings: { source: 'x', apiKey: KEY_ONE },
    });
    await client.setConnectorOwners(other.id, configured.id, [sim.adminUserId]);
    await client.deleteConnector(other.id, configured.id);
    await client.deleteApp(other.id);

    const requests = proxy.captured;
    const operations = new Set(
      requests.map((r) => `${r.method} ${contract.operationFor(r.method, r.path)?.template ?? r.path}`),
    );
    expect(requests.flatMap((r) => contract.problems(r))).toEqual([]);
    // The lifecycle reached every operation the client has, the token endpoint included.
    expect([...operations].sort()).toEqual([
      'DELETE /api/v1/apps/{app_id}/connectors/{id}',
      'DELETE /api/v1/apps/{app_id}/owners/{user_id}',
      'DELETE /api/v1/apps/{id}',
      // A connector create first lists the app's connectors (an orphan of a crashed run is adopted).
      'GET /api/v1/apps/{app_id}/connectors',
      'GET /api/v1/apps/{app_id}/connectors/{id}',
      'GET /api/v1/apps/{app_id}/owners',
      'GET /api/v1/apps/{id}',
      'POST /api/v1/apps',
      'POST /api/v1/apps/{app_id}/connectors',
      'POST /api/v1/apps/{app_id}/connectors/create',
      'POST /api/v1/apps/{app_id}/connectors/{id}',
      'POST /api/v1/apps/{app_id}/owners/{user_id}',
      'POST /api/v1/apps/{connector_app_id}/connectors/{connector_id}/delegated',
      'POST /api/v1/apps/{id}',
      // An app create first searches apps by display name (an orphan of a crashed run is adopted).
      'POST /api/v1/search/apps',
      'POST /api/v1/search/users',
      `POST ${contract.tokenUrl}`,
      'PUT /api/v1/apps/{app_id}/owners',
      'PUT /api/v2/apps/{app_id}/connectors/{connector_id}/owners',
    ]);

    // No key ever travels outside a config value.
    const keyHolders = requests.filter((r) => r.body.includes(KEY_ONE) || r.body.includes(KEY_TWO));
    expect(
      keyHolders.every((r) => /\/connectors(\/create|\/[^/]+)$/.test(r.path) && r.method === 'POST'),
    ).toBe(true);
  });

  test.each([
    ['a read-only app.id', { app: { id: 'a1', displayName: 'x' }, updateMask: 'displayName' }, /app\/id/],
    ['an update without updateMask', { app: { displayName: 'x' } }, /without updateMask/],
    ['a snake_case mask path', { app: { displayName: 'x' }, updateMask: 'display_name' }, /lowerCamelCase/],
    ['a mask path the object lacks', { app: { displayName: 'x' }, updateMask: 'owners' }, /not a field/],
    [
      'a field the schema lacks',
      { app: { displayName: 'x', colour: 'red' }, updateMask: 'displayName' },
      /additional/,
    ],
  ])('the check catches %s', (_what, body, problem) => {
    const found = contract.problems({
      method: 'POST',
      path: '/api/v1/apps/a1',
      query: new URLSearchParams(),
      contentType: 'application/json',
      body: JSON.stringify(body),
    });
    expect(found.join('\n')).toMatch(problem);
  });

  test('the check catches an unknown operation and an undeclared query parameter', () => {
    const ask = (method: string, path: string, query = '') =>
      contract.problems({
        method,
        path,
        query: new URLSearchParams(query),
        contentType: undefined,
        body: '',
      });
    expect(ask('PATCH', '/api/v1/apps/a1')).toEqual([
      'PATCH /api/v1/apps/a1: no such operation in the API document',
    ]);
    expect(ask('GET', '/api/v1/apps/a1/owners', 'limit=5').join()).toMatch(
      /undeclared query parameter limit/,
    );
    expect(ask('GET', '/api/v1/apps/a1/owners', 'page_size=5')).toEqual([]);
  });
});
