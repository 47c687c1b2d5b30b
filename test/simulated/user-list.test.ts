/**
 * `list "litmos_user"` (`terraform query`) through the provider server against the Litmos
 * simulator: which users each filter keeps, the identity and display name of each, the imported
 * state when Terraform asks for objects, the requests one query costs, and a failed listing.
 */
import { impliedType } from '../../src/framework/index.js';
import type { ListResourceEvent, ListResourceRequest } from '../../src/framework/index.js';
import type { LitmosUser } from '../../src/litmos/index.js';
import { userListResource } from '../../src/resources/user-list.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { decodeMsgpack, encodeMsgpack } from '../../src/tf/index.js';
import type { CtyType } from '../../src/tf/types.js';
import type { Value } from '../../src/tf/value.js';
import { ProviderHarness } from './provider-harness.js';
import { recordingProxy, type RecordingProxy } from './recording-proxy.js';

const TYPE = 'litmos_user';
const listType = impliedType(userListResource.schema);
const identityType: CtyType = { kind: 'object', attributes: { id: { kind: 'string' } } };

let sim: LitmosSimulator;
let proxy: RecordingProxy;
let tf: ProviderHarness;
let ada: LitmosUser;
let bob: LitmosUser;
let cy: LitmosUser;
let dee: LitmosUser;
let teamId: string;

beforeAll(async () => {
  sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
  proxy = await recordingProxy(sim.origin);
  const started = await ProviderHarness.start({
    api_key: sim.apiKey,
    litmos_source: sim.source,
    base_url: `${proxy.url}/v1.svc`,
    requests_per_minute: 10_000,
  });
  expect(started.errors).toEqual([]);
  tf = started.harness;
  ada = sim.store.createUser({
    UserName: 'lister.ada@example.com',
    FirstName: 'Ada',
    LastName: 'Lister',
    AccessLevel: 'Administrator',
  });
  bob = sim.store.createUser({
    UserName: 'lister.bob@example.com',
    FirstName: 'Bob',
    LastName: 'Lister',
    Email: 'robert@corp.example.com',
    JobTitle: 'Pilot',
  });
  cy = sim.store.createUser({ UserName: 'lister.cy@example.com', FirstName: 'Cy', LastName: 'Lister' });
  sim.store.updateUser(cy.Id, { ...sim.store.findUser(cy.Id)!, Active: false });
  // A last name with a trailing blank (as an import may leave it): the display name has none.
  dee = sim.store.createUser({ UserName: 'lister.dee@example.com', FirstName: 'Dee', LastName: 'Lister ' });
  teamId = sim.store.createTeam('Listing team', '').Id;
  sim.store.addMembers(teamId, [ada.Id, bob.Id, cy.Id]);
});
afterAll(async () => {
  await proxy.close();
  await sim.close();
});
afterEach(() => sim.faults.clear());

interface Listed {
  readonly ids: string[];
  readonly names: string[];
  readonly objects: (Record<string, Value> | undefined)[];
  readonly diagnostics: ListResourceEvent['diagnostic'];
}

async function list(
  config: Record<string, Value>,
  include = false,
  provider: ProviderHarness = tf,
): Promise<Listed> {
  const userType = provider.typeOf(TYPE);
  const req: ListResourceRequest = {
    type_name: TYPE,
    config: {
      msgpack: encodeMsgpack(
        { name_filter: null, team_id: null, access_level: null, active: null, ...config },
        listType,
      ),
    },
    include_resource_object: include,
  };
  const events: ListResourceEvent[] = [];
  for await (const e of provider.server.listResource!(req)) events.push(e);
  const listed = events.filter((e) => e.identity !== undefined);
  return {
    ids: listed.map(
      (e) => (decodeMsgpack(e.identity!.identity_data!.msgpack!, identityType) as { id: string }).id,
    ),
    names: listed.map((e) => e.display_name ?? ''),
    objects: listed.map((e) =>
      e.resource_object?.msgpack
        ? (decodeMsgpack(e.resource_object.msgpack, userType) as Record<string, Value>)
        : undefined,
    ),
    diagnostics: events.flatMap((e) => e.diagnostic),
  };
}

const sorted = (ids: readonly string[]): string[] => [...ids].sort();

test('no filter lists every user, active or not, with "<first> <last> (<username>)" as its name', async () => {
  const all = await list({});
  expect(all.diagnostics).toEqual([]);
  expect(all.ids).toEqual(expect.arrayContaining([ada.Id, bob.Id, cy.Id, dee.Id]));
  expect(all.ids).toHaveLength(sim.store.listUsers().length);
  expect(all.names[all.ids.indexOf(ada.Id)]).toBe('Ada Lister (lister.ada@example.com)');
  expect(all.names[all.ids.indexOf(dee.Id)]).toBe('Dee Lister (lister.dee@example.com)');
  expect(all.objects.every((o) => o === undefined)).toBe(true);
});

test('the name filter matches username, first name, last name or e-mail, without regard to case', async () => {
  expect(sorted((await list({ name_filter: 'LISTER.' })).ids)).toEqual(
    sorted([ada.Id, bob.Id, cy.Id, dee.Id]),
  );
  expect((await list({ name_filter: 'bob' })).ids).toEqual([bob.Id]);
  expect((await list({ name_filter: 'ROBERT@corp' })).ids).toEqual([bob.Id]);
  expect((await list({ name_filter: 'dee' })).ids).toEqual([dee.Id]);
  expect((await list({ name_filter: 'nobody-has-this' })).ids).toEqual([]);
});

test('with objects asked for, each is the state an import gives, from one full listing', async () => {
  sim.resetStats();
  const listed = await list({ name_filter: 'lister.bob' }, true);
  expect(listed.ids).toEqual([bob.Id]);
  const imported = (await tf.importState(TYPE, bob.Id)).value!;
  expect(listed.objects[0]).toEqual(imported);
  expect(listed.objects[0]).toMatchObject({
    id: bob.Id,
    username: 'lister.bob@example.com',
    job_title: 'Pilot',
    send_welcome_message: false,
    hard_delete: false,
  });
  expect(sim.stats().byRoute['GET /users/details']).toBe(1);
  expect(sim.stats().byRoute['GET /users']).toBeUndefined();
});

test('the name filter also holds when Terraform asks for objects (the full listing is not searched)', async () => {
  const withObjects = await list({ name_filter: 'robert@CORP' }, true);
  expect(withObjects.ids).toEqual([bob.Id]);
});

test('a team filter keeps its active members; access level and active narrow the users', async () => {
  expect(sorted((await list({ team_id: teamId })).ids)).toEqual(sorted([ada.Id, bob.Id]));
  expect((await list({ team_id: teamId, access_level: 'Administrator' })).ids).toEqual([ada.Id]);
  expect((await list({ name_filter: 'lister', active: false })).ids).toEqual([cy.Id]);
  expect(sorted((await list({ name_filter: 'lister', active: true })).ids)).toEqual(
    sorted([ada.Id, bob.Id, dee.Id]),
  );
  expect(sorted((await list({ name_filter: 'lister', access_level: 'Learner' })).ids)).toEqual(
    sorted([bob.Id, cy.Id, dee.Id]),
  );
});

test('without objects, Litmos searches the summary listing, and no full listing is made', async () => {
  const { result, sent } = await proxy.during(() => list({ name_filter: 'lister.ada' }));
  expect(result.ids).toEqual([ada.Id]);
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatch(/^GET \/users\?/);
  expect(new URL(sent[0]!.slice(4), 'http://x').searchParams.get('search')).toBe('lister.ada');
});

test('without Litmos credentials, the listing is only that error', async () => {
  const bare = (await ProviderHarness.start({})).harness;
  const listed = await list({}, false, bare);
  expect(listed.ids).toEqual([]);
  expect(listed.diagnostics.map((d) => d.summary)).toEqual(['Litmos Not Configured']);
});

test('a failed listing is one error diagnostic saying what failed, and lists nobody', async () => {
  sim.faults.failNext(1, 'GET /users', { kind: 'status', status: 403 });
  const failed = await list({ name_filter: 'lister' });
  expect(failed.ids).toEqual([]);
  expect(failed.diagnostics.map((d) => [d.severity, d.summary])).toEqual([
    ['ERROR', 'Litmos Permission Denied'],
  ]);
  expect(failed.diagnostics[0]?.detail).toMatch(/^Listing Litmos users: /);
});
