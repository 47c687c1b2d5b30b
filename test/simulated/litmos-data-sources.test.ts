import type { LitmosTeam, LitmosUser } from '../../src/litmos/index.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { Unknown } from '../../src/tf/value.js';
import type { Value } from '../../src/tf/value.js';
import { profileFields } from '../../src/resources/user-fields.js';
import { ProviderHarness } from './provider-harness.js';

const contains = (filter: string, ...fields: string[]): boolean =>
  fields.some((f) => f.toLowerCase().includes(filter.toLowerCase()));

const pathOf = (d: { attribute?: { steps: unknown[] } }): unknown[] | undefined => d.attribute?.steps;

describe('Litmos data sources against the Litmos simulator', () => {
  let sim: LitmosSimulator;
  let tf: ProviderHarness;
  let grace: LitmosUser;
  let retired: LitmosUser;
  let duplicateTeams: LitmosTeam[];

  beforeAll(async () => {
    sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
    const { store } = sim;
    grace = store.createUser({
      UserName: 'grace.hopper@example.com',
      FirstName: 'Grace',
      LastName: 'Hopper',
      Email: 'grace.hopper@example.com',
      AccessLevel: 'Administrator',
    });
    store.createUser({ UserName: 'alan.turing@example.com', FirstName: 'Alan', LastName: 'Turing' });
    retired = store.createUser({
      UserName: 'retired.hopkins@example.com',
      FirstName: 'Rita',
      LastName: 'Hopkins',
    });
    retired.Active = false;
    // Litmos refuses duplicate names on create, but an organisation can still hold two teams with
    // the same name (renames, old imports): put a second "Support" team straight into the store.
    const support = store.createTeam('Support', 'First line');
    const twin: LitmosTeam = { ...support, Id: 'supportTwin01', Description: 'Second line' };
    store.teams.set(twin.Id, twin);
    for (const map of [store.members, store.leaders, store.admins]) map.set(twin.Id, new Set());
    duplicateTeams = [support, twin];
    store.createCourse({ Code: 'SEC102', Name: 'Security Awareness', Description: 'Second edition' });

    const started = await ProviderHarness.start({
      api_key: sim.apiKey,
      litmos_source: sim.source,
      base_url: sim.baseUrl,
    });
    expect(started.errors).toEqual([]);
    tf = started.harness;
  });
  afterAll(() => sim.close());

  describe('litmos_teams', () => {
    const expected = (filter?: string) =>
      sim.store
        .listTeams()
        .filter((t) => filter === undefined || contains(filter, t.Name))
        .map((t) => ({
          id: t.Id,
          name: t.Name,
          parent_team_id: t.ParentTeamId || null,
          code_for_bulk_import: t.TeamCodeForBulkImport || null,
          members: null,
        }));

    test('lists every team, sub-teams included, without a filter', async () => {
      const r = await tf.readData('litmos_teams', {});
      expect(r.errors).toEqual([]);
      expect(r.value?.teams).toEqual(expected());
      expect(r.value?.name_filter).toBeNull();
      expect(typeof r.value?.id).toBe('string');
      const platform = sim.store.listTeams().find((t) => t.Name === 'Platform')!;
      const engineering = sim.store.listTeams().find((t) => t.Name === 'Engineering')!;
      expect(platform.ParentTeamId).toBe(engineering.Id);
    });

    test('filters by a case-insensitive substring of the name', async () => {
      const r = await tf.readData('litmos_teams', { name_filter: 'ENG' });
      expect(r.errors).toEqual([]);
      expect(r.value?.teams).toEqual(expected('ENG'));
      expect((r.value?.teams as unknown[]).length).toBeGreaterThan(0);
      expect(r.value?.name_filter).toBe('ENG');
    });

    test('a filter that matches nothing gives an empty list, not an error', async () => {
      const r = await tf.readData('litmos_teams', { name_filter: 'no such team' });
      expect(r.errors).toEqual([]);
      expect(r.value?.teams).toEqual([]);
    });

    test('the id is stable for the same filter and differs between filters', async () => {
      const a = await tf.readData('litmos_teams', { name_filter: 'Sales' });
      const b = await tf.readData('litmos_teams', { name_filter: 'Sales' });
      const c = await tf.readData('litmos_teams', { name_filter: 'Support' });
      expect(a.value?.id).toBe(b.value?.id);
      expect(a.value?.id).not.toBe(c.value?.id);
    });

    test('include_members lists each active member with their role', async () => {
      const team = sim.store.createTeam('Adoption Crew', '');
      const [lead, admin, plain, gone] = ['lead', 'admin', 'plain', 'gone'].map((n) =>
        sim.store.createUser({ UserName: `crew.${n}@example.com`, FirstName: n, LastName: 'Crew' }),
      );
      sim.store.addMembers(team.Id, [lead!.Id, admin!.Id, plain!.Id, gone!.Id]);
      sim.store.promote(team.Id, 'leaders', lead!.Id);
      sim.store.promote(team.Id, 'admins', admin!.Id);
      sim.store.updateUser(gone!.Id, { ...gone!, Active: false });
      const r = await tf.readData('litmos_teams', { name_filter: 'Adoption Crew', include_members: true });
      expect(r.errors).toEqual([]);
      const members = (r.value?.teams as { members: unknown[] }[])[0]!.members;
      expect(members).toEqual(
        [
          { user_id: lead!.Id, role: 'leader' },
          { user_id: admin!.Id, role: 'admin' },
          { user_id: plain!.Id, role: 'member' },
        ].sort((a, b) => (a.user_id < b.user_id ? -1 : 1)),
      );
    });

    test('an API failure becomes a diagnostic without the API key', async () => {
      sim.faults.failNext(1, 'GET /teams', { kind: 'status', status: 401 });
      const r = await tf.readData('litmos_teams', {});
      expect(r.value).toBeNull();
      expect(r.errors.join()).toMatch(/Listing Litmos teams/);
      expect(JSON.stringify(r.diagnostics)).not.toContain(sim.apiKey);
    });
  });

  describe('litmos_team', () => {
    test('reads a team by id with its description and parent', async () => {
      const platform = sim.store.listTeams().find((t) => t.Name === 'Platform')!;
      const r = await tf.readData('litmos_team', { id: platform.Id });
      expect(r.errors).toEqual([]);
      expect(r.value).toEqual({
        id: platform.Id,
        name: 'Platform',
        description: platform.Description,
        parent_team_id: platform.ParentTeamId,
        code_for_bulk_import: platform.TeamCodeForBulkImport,
      });
    });

    test('reads a team by exact name, not by a name that merely contains it', async () => {
      const sales = sim.store.listTeams().find((t) => t.Name === 'Sales')!;
      sim.store.createTeam('Sales Engineering', 'Pre-sales');
      const r = await tf.readData('litmos_team', { name: 'Sales' });
      expect(r.errors).toEqual([]);
      expect(r.value?.id).toBe(sales.Id);
      expect(r.value?.description).toBe(sales.Description);
      expect(r.value?.parent_team_id).toBeNull();
    });

    test('an unknown id is a "not found" error naming the id', async () => {
      const r = await tf.readData('litmos_team', { id: 'nope404' });
      expect(r.value).toBeNull();
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/Litmos Team Not Found/);
      expect(r.errors[0]).toContain('"nope404"');
      expect(pathOf(r.diagnostics[0])).toEqual([{ attribute_name: 'id' }]);
    });

    test('an unknown name is a "not found" error naming the name', async () => {
      const r = await tf.readData('litmos_team', { name: 'Marketing' });
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/Litmos Team Not Found.*"Marketing"/);
      expect(pathOf(r.diagnostics[0])).toEqual([{ attribute_name: 'name' }]);
    });

    test('a name shared by several teams is an error listing their ids', async () => {
      const r = await tf.readData('litmos_team', { name: 'Support' });
      expect(r.value).toBeNull();
      expect(r.errors).toHaveLength(1);
      for (const t of duplicateTeams) expect(r.errors[0]).toContain(t.Id);
      expect(r.errors[0]).toMatch(/\bid\b/);
    });

    test('one of the duplicates can still be read by id', async () => {
      const r = await tf.readData('litmos_team', { id: duplicateTeams[1].Id });
      expect(r.errors).toEqual([]);
      expect(r.value?.description).toBe('Second line');
    });
  });

  describe('exactly one of id and name', () => {
    const cases: [string, string, string][] = [
      ['litmos_team', 'id', 'name'],
      ['litmos_course', 'id', 'name'],
      ['litmos_user', 'id', 'username'],
    ];

    test.each(cases)('%s: neither set is a validation error on %s', async (type, first) => {
      const v = await tf.validateData(type, {});
      expect(v.errors).toHaveLength(1);
      expect(v.errors[0]).toMatch(/exactly one/i);
      expect(pathOf(v.diagnostics[0])).toEqual([{ attribute_name: first }]);
    });

    test.each(cases)('%s: both %s and %s set is a validation error', async (type, first, second) => {
      const v = await tf.validateData(type, { [first]: 'x1', [second]: 'x2' });
      expect(v.errors).toHaveLength(1);
      expect(v.errors[0]).toMatch(/not both/);
      expect(pathOf(v.diagnostics[0])).toEqual([{ attribute_name: second }]);
    });

    test.each(cases)('%s: one set, even unknown, validates', async (type, first, second) => {
      expect((await tf.validateData(type, { [first]: 'x1' })).errors).toEqual([]);
      expect((await tf.validateData(type, { [second]: 'x2' })).errors).toEqual([]);
      expect((await tf.validateData(type, { [first]: new Unknown() as Value })).errors).toEqual([]);
    });

    test.each(cases)('%s: read refuses both set without calling Litmos', async (type, first, second) => {
      const before = sim.stats().requests;
      const r = await tf.readData(type, { [first]: 'x1', [second]: 'x2' });
      expect(sim.stats().requests).toBe(before);
      expect(r.value).toBeNull();
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/not both/);
    });
  });

  describe('litmos_courses and litmos_course', () => {
    const expected = (filter?: string) =>
      sim.store
        .listCourses()
        .filter((c) => filter === undefined || contains(filter, c.Name))
        .map((c) => ({ id: c.Id, name: c.Name, code: c.Code, active: c.Active, assigned_user_ids: null }));

    test('include_assignments lists the users each course is assigned to', async () => {
      const course = sim.store.createCourse({ Code: 'ADO1', Name: 'Adoption Basics' });
      const users = ['a', 'b'].map((n) =>
        sim.store.createUser({ UserName: `learner.${n}@example.com`, FirstName: n, LastName: 'Learner' }),
      );
      for (const u of users) sim.store.assignCourses(u.Id, [course.Id]);
      const r = await tf.readData('litmos_courses', {
        name_filter: 'Adoption Basics',
        include_assignments: true,
      });
      expect(r.errors).toEqual([]);
      expect((r.value?.courses as { assigned_user_ids: string[] }[])[0]!.assigned_user_ids).toEqual(
        users.map((u) => u.Id).sort(),
      );
    });

    test('lists every course without a filter', async () => {
      const r = await tf.readData('litmos_courses', {});
      expect(r.errors).toEqual([]);
      expect(r.value?.courses).toEqual(expected());
      expect((r.value?.courses as unknown[]).length).toBe(sim.store.courses.size);
    });

    test('filters courses by name, case-insensitively', async () => {
      const r = await tf.readData('litmos_courses', { name_filter: 'security' });
      expect(r.errors).toEqual([]);
      expect(r.value?.courses).toEqual(expected('security'));
      expect((r.value?.courses as unknown[]).length).toBe(2);
    });

    test('reads a course by id', async () => {
      const onboarding = sim.store.listCourses().find((c) => c.Code === 'ONB100')!;
      const r = await tf.readData('litmos_course', { id: onboarding.Id });
      expect(r.errors).toEqual([]);
      expect(r.value).toEqual({
        id: onboarding.Id,
        name: 'Onboarding',
        code: 'ONB100',
        description: onboarding.Description,
        active: true,
      });
    });

    test('reads a course by exact name', async () => {
      const coc = sim.store.listCourses().find((c) => c.Code === 'COC200')!;
      const r = await tf.readData('litmos_course', { name: 'Code of Conduct' });
      expect(r.errors).toEqual([]);
      expect(r.value?.id).toBe(coc.Id);
      expect(r.value?.code).toBe('COC200');
    });

    test('a course name used twice is an error listing both ids', async () => {
      const ids = sim.store
        .listCourses()
        .filter((c) => c.Name === 'Security Awareness')
        .map((c) => c.Id);
      expect(ids).toHaveLength(2);
      const r = await tf.readData('litmos_course', { name: 'Security Awareness' });
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/Several Litmos Courses Match/);
      for (const id of ids) expect(r.errors[0]).toContain(id);
    });

    test('an unknown course id is a "not found" error', async () => {
      const r = await tf.readData('litmos_course', { id: 'missing1' });
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/Litmos Course Not Found.*"missing1"/);
    });
  });

  describe('litmos_users and litmos_user', () => {
    const expected = (opts: { filter?: string; inactive?: boolean }) =>
      sim.store
        .listUsers()
        .filter((u) => opts.inactive === true || u.Active)
        .filter(
          (u) =>
            opts.filter === undefined || contains(opts.filter, u.UserName, u.FirstName, u.LastName, u.Email),
        )
        .map((u) => u.Id);

    const ids = (v: Value | undefined): string[] => (v as { id: string }[]).map((u) => u.id);
    const nullDetails = Object.fromEntries(
      ['disable_messages', 'skip_first_login', ...Object.keys(profileFields)].map((k) => [k, null]),
    );
    const startFreshHarness = async (): Promise<ProviderHarness> => {
      const started = await ProviderHarness.start({
        api_key: sim.apiKey,
        litmos_source: sim.source,
        base_url: sim.baseUrl,
      });
      expect(started.errors).toEqual([]);
      return started.harness;
    };

    test('lists active users only by default and fills include_inactive', async () => {
      const r = await tf.readData('litmos_users', {});
      expect(r.errors).toEqual([]);
      expect(r.value?.include_inactive).toBe(false);
      expect(ids(r.value?.users)).toEqual(expected({}));
      expect(ids(r.value?.users)).not.toContain(retired.Id);
    });

    test('include_inactive adds deactivated users', async () => {
      const r = await tf.readData('litmos_users', { include_inactive: true });
      expect(r.errors).toEqual([]);
      expect(ids(r.value?.users)).toEqual(expected({ inactive: true }));
      expect(ids(r.value?.users)).toContain(retired.Id);
    });

    test('name_filter matches names, username and e-mail', async () => {
      const r = await tf.readData('litmos_users', { name_filter: 'hop', include_inactive: true });
      expect(r.errors).toEqual([]);
      expect(ids(r.value?.users)).toEqual(expected({ filter: 'hop', inactive: true }));
      expect(ids(r.value?.users).sort()).toEqual([grace.Id, retired.Id].sort());
      const byMail = await tf.readData('litmos_users', { name_filter: 'TURING@EXAMPLE' });
      expect(ids(byMail.value?.users)).toEqual(expected({ filter: 'turing@example' }));
      expect(ids(byMail.value?.users)).toHaveLength(1);
    });

    test('list elements carry the summary fields', async () => {
      const r = await tf.readData('litmos_users', { name_filter: 'grace' });
      expect(r.value?.users).toEqual([
        {
          id: grace.Id,
          username: grace.UserName,
          email: grace.Email,
          first_name: 'Grace',
          last_name: 'Hopper',
          access_level: 'Administrator',
          active: true,
          ...nullDetails,
        },
      ]);
    });

    test('include_details adds the full profile, from the listing the imports then reuse', async () => {
      sim.store.updateUser(grace.Id, {
        ...sim.store.findUser(grace.Id)!,
        DisableMessages: true,
        SkipFirstLogin: true,
        JobTitle: 'Rear Admiral',
      });
      const fresh = await startFreshHarness();
      sim.resetStats();
      const r = await fresh.readData('litmos_users', { name_filter: 'grace', include_details: true });
      expect(r.errors).toEqual([]);
      expect(r.value?.users).toEqual([
        expect.objectContaining({
          id: grace.Id,
          disable_messages: true,
          skip_first_login: true,
          job_title: 'Rear Admiral',
          city: null,
        }),
      ]);
      expect(sim.stats().byRoute).toEqual({ 'GET /users/details': 1 });
      const imported = await fresh.importState('litmos_user', grace.UserName);
      expect(imported.value?.job_title).toBe('Rear Admiral');
      expect(sim.stats().requests).toBe(1);
    });

    test('reads a user by id', async () => {
      const r = await tf.readData('litmos_user', { id: grace.Id });
      expect(r.errors).toEqual([]);
      expect(r.value).toEqual({
        id: grace.Id,
        username: grace.UserName,
        email: grace.Email,
        first_name: 'Grace',
        last_name: 'Hopper',
        access_level: 'Administrator',
        active: true,
      });
    });

    test('reads a user by exact username, inactive users included', async () => {
      const r = await tf.readData('litmos_user', { username: retired.UserName });
      expect(r.errors).toEqual([]);
      expect(r.value?.id).toBe(retired.Id);
      expect(r.value?.active).toBe(false);
    });

    test('a username given as id is not found: id means the user ID', async () => {
      const r = await tf.readData('litmos_user', { id: grace.UserName });
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/Litmos User Not Found/);
    });

    test('an unknown username is a "not found" error naming it', async () => {
      const r = await tf.readData('litmos_user', { username: 'grace' });
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/Litmos User Not Found.*"grace"/);
      expect(pathOf(r.diagnostics[0])).toEqual([{ attribute_name: 'username' }]);
    });
  });
});
