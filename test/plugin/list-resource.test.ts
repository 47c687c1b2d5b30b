/**
 * `list "litmos_user"` over real gRPC (Terraform 1.11 here cannot run `terraform query`): the
 * provider is bundled by provider/build.mjs, launched like Terraform launches it, configured
 * against the Litmos simulator, and asked for GetProviderSchema, GetMetadata,
 * ValidateListResourceConfig and the ListResource stream, with values encoded by the schema it
 * announces, as Terraform ≥ 1.14 does.
 */
import { jest } from '@jest/globals';
import type * as grpc from '@grpc/grpc-js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { impliedType } from '../../src/framework/index.js';
import { resources } from '../../src/resources/index.js';
import { userListResource } from '../../src/resources/user-list.js';
import { providerSchema } from '../../src/provider/config-schema.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { decodeMsgpack, encodeMsgpack } from '../../src/tf/msgpack.js';
import type { CtyType } from '../../src/tf/types.js';
import type { Value } from '../../src/tf/value.js';
import {
  call,
  connect,
  launch,
  makeClientCertificate,
  mutualTls,
  parseHandshake,
  terraformLaunchEnv,
  type Clients,
  type RunningPlugin,
} from './helpers/plugin-process.js';

jest.setTimeout(90_000);

interface WireDiag {
  severity?: string;
  summary?: string;
  detail?: string;
  attribute?: { steps?: { attribute_name?: string }[] } | null;
}
interface Event {
  identity?: { identity_data?: { msgpack?: Uint8Array } };
  display_name?: string;
  resource_object?: { msgpack?: Uint8Array };
  diagnostic?: WireDiag[];
}

const listType = impliedType(userListResource.schema);
const userType = impliedType(resources.find((r) => r.typeName === 'litmos_user')!.schema);
const identityType: CtyType = { kind: 'object', attributes: { id: { kind: 'string' } } };

const config = (over: Record<string, Value> = {}) => ({
  msgpack: encodeMsgpack(
    { name_filter: null, team_id: null, access_level: null, active: null, ...over },
    listType,
  ),
});

let dir: string;
let sim: LitmosSimulator;
let plugin: RunningPlugin;
let clients: Clients;
let teamId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'litmos-list-test-'));
  const built = spawnSync(process.execPath, ['provider/build.mjs', '--out', dir], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
  const { store } = sim;
  const made = [
    { UserName: 'query.ada@example.com', FirstName: 'Ada', LastName: 'Query', AccessLevel: 'Administrator' },
    { UserName: 'query.bob@example.com', FirstName: 'Bob', LastName: 'Query', DisableMessages: true },
    { UserName: 'query.cy@example.com', FirstName: 'Cy', LastName: 'Query', JobTitle: 'Pilot' },
  ].map((u) => store.createUser(u));
  store.updateUser(made[2]!.Id, { ...made[2]!, Active: false });
  teamId = store.createTeam('Query Team', '').Id;
  store.addMembers(teamId, [made[0]!.Id, made[1]!.Id]);

  const clientCert = await makeClientCertificate();
  plugin = launch(
    join(dir, 'terraform-provider-litmos.mjs'),
    terraformLaunchEnv({ PLUGIN_CLIENT_CERT: clientCert.certificatePem }),
  );
  const handshake = parseHandshake(await plugin.firstLine());
  clients = connect(handshake, mutualTls(handshake, clientCert));
  const providerConfig = Object.fromEntries(
    Object.keys(providerSchema.attributes).map((k) => [k, null as Value]),
  );
  Object.assign(providerConfig, {
    api_key: sim.apiKey,
    litmos_source: sim.source,
    base_url: sim.baseUrl,
    requests_per_minute: 10_000,
  });
  const configured = await call<{ diagnostics?: WireDiag[] }>((done) =>
    clients.provider.ConfigureProvider(
      {
        terraform_version: '1.14.0',
        config: { msgpack: encodeMsgpack(providerConfig, impliedType(providerSchema)) },
      },
      done,
    ),
  );
  expect(configured.diagnostics ?? []).toEqual([]);
});

afterAll(async () => {
  clients?.close();
  plugin?.kill();
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

function list(request: Record<string, unknown>): Promise<Event[]> {
  const events: Event[] = [];
  return new Promise((resolve, reject) => {
    const stream: grpc.ClientReadableStream<Event> = clients.provider.ListResource(request);
    stream.on('data', (e: Event) => events.push(e));
    stream.on('end', () => resolve(events));
    stream.on('error', reject);
  });
}

const idOf = (e: Event): unknown =>
  (decodeMsgpack(e.identity!.identity_data!.msgpack!, identityType) as { id: string }).id;
const userId = (name: string): string => sim.store.findUser(`query.${name}@example.com`)!.Id;

test('the schema announces litmos_user as a list resource', async () => {
  const schema = await call<{
    list_resource_schemas?: Record<string, { block?: { attributes?: { name?: string }[] } | null }>;
  }>((done) => clients.provider.GetProviderSchema({}, done));
  const attributes = schema.list_resource_schemas?.litmos_user?.block?.attributes?.map((a) => a.name);
  expect(attributes?.sort()).toEqual(['access_level', 'active', 'name_filter', 'team_id']);
  const metadata = await call<{ list_resources?: { type_name?: string }[] }>((done) =>
    clients.provider.GetMetadata({}, done),
  );
  expect(metadata.list_resources).toEqual([{ type_name: 'litmos_user' }]);
});

test('ValidateListResourceConfig reports a bad access level and a bad limit with their paths', async () => {
  const res = await call<{ diagnostics?: WireDiag[] }>((done) =>
    clients.provider.ValidateListResourceConfig(
      {
        type_name: 'litmos_user',
        config: config({ access_level: 'Boss' }),
        limit: { msgpack: encodeMsgpack(0, { kind: 'number' }) },
      },
      done,
    ),
  );
  expect(res.diagnostics?.map((d) => d.attribute?.steps?.[0]?.attribute_name)).toEqual([
    'access_level',
    'limit',
  ]);
  const ok = await call<{ diagnostics?: WireDiag[] }>((done) =>
    clients.provider.ValidateListResourceConfig({ type_name: 'litmos_user', config: config() }, done),
  );
  expect(ok.diagnostics ?? []).toEqual([]);
});

test('ListResource filters by name, team, access level and active, with identities and names', async () => {
  const byName = await list({ type_name: 'litmos_user', config: config({ name_filter: 'query.' }) });
  expect(byName.map(idOf).sort()).toEqual([userId('ada'), userId('bob'), userId('cy')].sort());
  expect(byName.find((e) => idOf(e) === userId('ada'))?.display_name).toBe(
    'Ada Query (query.ada@example.com)',
  );
  expect(byName.every((e) => e.resource_object === undefined || e.resource_object === null)).toBe(true);

  const team = await list({ type_name: 'litmos_user', config: config({ team_id: teamId }) });
  expect(team.map(idOf).sort()).toEqual([userId('ada'), userId('bob')].sort());
  const admins = await list({
    type_name: 'litmos_user',
    config: config({ name_filter: 'query.', access_level: 'Administrator' }),
  });
  expect(admins.map(idOf)).toEqual([userId('ada')]);
  const inactive = await list({
    type_name: 'litmos_user',
    config: config({ name_filter: 'query.', active: false }),
  });
  expect(inactive.map(idOf)).toEqual([userId('cy')]);
});

test('ListResource sends the full object when asked, and stops at the limit', async () => {
  const events = await list({
    type_name: 'litmos_user',
    config: config({ name_filter: 'query.bob' }),
    include_resource_object: true,
  });
  expect(events).toHaveLength(1);
  const object = decodeMsgpack(events[0]!.resource_object!.msgpack!, userType) as Record<string, Value>;
  expect(object).toMatchObject({
    id: userId('bob'),
    username: 'query.bob@example.com',
    disable_messages: true,
    send_welcome_message: false,
    hard_delete: false,
  });
  const limited = await list({
    type_name: 'litmos_user',
    config: config({ name_filter: 'query.' }),
    limit: 2,
  });
  expect(limited).toHaveLength(2);
});

test('ListResource of an unknown type streams one error diagnostic and ends', async () => {
  const events = await list({ type_name: 'litmos_team_member', config: config() });
  expect(events).toHaveLength(1);
  expect(events[0]?.diagnostic?.[0]?.summary).toBe('Unknown List Resource Type');
});
