/**
 * Contract tier: the Litmos data sources, through the provider, against recorded Litmos
 * responses served byte for byte.
 */
import { ProviderHarness } from '../simulated/provider-harness.js';
import { describeWithRecordings, litmosRecordingsPresent, recordedBody, recording } from './recordings.js';
import { startReplayServer, type ReplayServer, type ScenarioEntry } from './replay-server.js';

const describeRec = describeWithRecordings(litmosRecordingsPresent, 'Litmos recordings');

describeRec('Litmos data sources against recorded Litmos responses', () => {
  let server: ReplayServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function provider(scenario: readonly (string | ScenarioEntry)[]): Promise<ProviderHarness> {
    server = await startReplayServer([...scenario, credentialCheck]);
    const started = await ProviderHarness.start({
      api_key: `replay-key-${Math.random().toString(36).slice(2)}`,
      litmos_source: 'contract-test',
      base_url: server.baseUrl,
    });
    expect(started.errors).toEqual([]);
    return started.harness;
  }

  // Configuring the provider checks the key with GET /users?limit=1, which nobody recorded: the
  // recorded one-row search answer stands for it.
  const credentialCheck: ScenarioEntry = { id: 'pq/search-users#0', at: { query: { limit: '1' } } };

  // The recorded listing used limit=200; the provider asks for its own page size, which cannot
  // change the shape of the rows.
  const anyPageSize = { query: {} };

  test('litmos_teams: recorded rows, bulk-import codes set, no parent (never recorded), no members unless asked', async () => {
    const tf = await provider([{ id: 'pq/teams-all-paginated#0', at: anyPageSize }]);
    const r = await tf.readData('litmos_teams', {});
    expect(r.errors).toEqual([]);
    expect(r.value?.teams).toEqual([
      {
        id: 'y5phW-Iw2lE1',
        name: 'John Smith',
        parent_team_id: null,
        code_for_bulk_import: '405494-JohnSmith',
        members: null,
      },
      {
        id: 'Yo8Lln12xPo1',
        name: 'Patti Finnegan',
        parent_team_id: null,
        code_for_bulk_import: '122536-PatiFinnegan',
        members: null,
      },
      {
        id: 'XdsSQGcD6-Q1',
        name: 'Tsukasa Nakamura',
        parent_team_id: null,
        code_for_bulk_import: '405101-TsukasaNakamura',
        members: null,
      },
      {
        id: 'GdaRqCDoIbY1',
        name: 'Valerie James',
        parent_team_id: null,
        code_for_bulk_import: '143080-Valerie',
        members: null,
      },
    ]);
  });

  test('litmos_team by id: the three-field GET, completed from the name search', async () => {
    const tf = await provider([
      'pq/add-sub-team#0',
      // No recorded listing holds this team: the recorded empty page stands for the search.
      { id: 'pq/teams-all-paginated#2', at: { query: { search: 'Max Chandler' } } },
    ]);
    const r = await tf.readData('litmos_team', { id: 'JyLa085jwVs1' });
    expect(r.errors).toEqual([]);
    expect(r.value).toMatchObject({
      id: 'JyLa085jwVs1',
      name: 'Max Chandler',
      description: null,
      parent_team_id: null,
      code_for_bulk_import: null,
    });
    const sent = server?.requests.filter((q) => q.query.get('limit') !== '1'); // not the key check
    expect(sent?.map((q) => `${q.method} ${q.path} ${q.query.get('search') ?? ''}`.trim())).toEqual([
      'GET /teams/JyLa085jwVs1',
      'GET /teams Max Chandler',
    ]);
  });

  test('litmos_user by id and by username', async () => {
    const tf = await provider([
      'pq/find-user#0',
      { id: 'pq/search-users#0', at: { query: { search: 'charlie.smith@pieshop.net' } } },
    ]);
    const byId = await tf.readData('litmos_user', { id: 'rnjx2WaQOEY1' });
    expect(byId.errors).toEqual([]);
    expect(byId.value).toMatchObject({
      id: 'rnjx2WaQOEY1',
      username: 'janine.butcher@pieshop.net',
      active: true,
    });
    const byName = await tf.readData('litmos_user', { username: 'charlie.smith@pieshop.net' });
    expect(byName.errors).toEqual([]);
    expect(byName.value).toMatchObject({ id: 'CCzIpPA13Wo1', access_level: 'Account_Owner' });
  });

  test('litmos_users: the users of the three real XML pages, inactive ones only when asked', async () => {
    const pages = [1, 2, 3].map((n) => `tf/users-get-paginated-asset-raw-0${n}`);
    const bodies = pages.map((id) => recordedBody(recording(id)).toString('utf8'));
    const count = (re: RegExp) => bodies.reduce((n, b) => n + (b.match(re) ?? []).length, 0);
    const tf = await provider(pages);
    const all = await tf.readData('litmos_users', { include_inactive: true });
    expect(all.errors).toEqual([]);
    expect(all.value?.users).toHaveLength(count(/<User>/g));
    // The default asks for showInactive=false; the recorded pages (requested without it) still
    // hold inactive users, which the data source drops itself.
    const active = await tf.readData('litmos_users', {});
    expect(active.errors).toEqual([]);
    expect(active.value?.users).toHaveLength(count(/<Active>true<\/Active>/g));
    expect(count(/<Active>false<\/Active>/g)).toBeGreaterThan(0);
  });

  test('litmos_course by id', async () => {
    const tf = await provider(['pq/mark-module-complete#0']);
    const r = await tf.readData('litmos_course', { id: 'RuzXNaD42Sw1' });
    expect(r.errors).toEqual([]);
    expect(r.value).toMatchObject({
      id: 'RuzXNaD42Sw1',
      code: 'TST001',
      name: 'Test Why bother',
      active: true,
      description: null,
    });
  });
});
