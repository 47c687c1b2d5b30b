/**
 * `new LitmosTeam` creates a team through the generated `litmos_team` binding (child id
 * `Resource`); sub-teams reference their parent's ID; members and courses added to a created team
 * reference the created team's ID, while look-ups keep referencing the data source or the ID given.
 */
import {
  LitmosConductorOneIntegration,
  LitmosConnectorHosting,
  LitmosConstructError,
  LitmosCourse,
  LitmosTeam,
  LitmosUser,
} from '../src/index.js';
import { blocks, synth } from './helpers.js';

describe('a team created here, with a sub-team, members and courses', () => {
  const { json } = synth((stack) => {
    const eng = new LitmosTeam(stack, 'Engineering', { name: 'Engineering', description: 'All engineers' });
    const platform = new LitmosTeam(stack, 'Platform', { name: 'Platform', parent: eng });
    new LitmosTeam(stack, 'Interns', {
      name: 'Interns',
      parent: LitmosTeam.fromName(stack, 'Staff', 'Staff'),
    });
    new LitmosTeam(stack, 'Contractors', {
      name: 'Contractors',
      parent: LitmosTeam.fromId(stack, 'Ext', 'team-4'),
    });
    const ada = LitmosUser.fromId(stack, 'Ada', 'user-1');
    eng.addMember(ada, { role: 'leader' });
    platform.addMember(ada);
    const security = LitmosCourse.fromId(stack, 'Security', 'course-3');
    eng.addCourse(security, { includeSubteams: true });
    eng.addCourse(security, { teamLibrary: true });
  });
  const teams = json.resource?.litmos_team ?? {};
  const address = (name: string) => {
    const entry = Object.entries(teams).find(([, t]) => t.name === name);
    if (!entry) throw new Error(`no litmos_team named ${name}`);
    return entry[0];
  };

  test('synthesizes a litmos_team with the name and description, and no parent at the top', () => {
    expect(teams[address('Engineering')]).toEqual(
      expect.objectContaining({ name: 'Engineering', description: 'All engineers' }),
    );
    expect(teams[address('Engineering')]).not.toHaveProperty('parent_team_id');
    expect(teams[address('Platform')]).not.toHaveProperty('description');
    expect(address('Engineering')).toMatch(/^Engineering_[0-9A-F]{8}$/); // cdktf hides 'Resource'
  });

  test("a sub-team references its parent's ID: created, looked up, or given", () => {
    expect(teams[address('Platform')]?.parent_team_id).toBe(`\${litmos_team.${address('Engineering')}.id}`);
    expect(teams[address('Interns')]?.parent_team_id).toMatch(
      /^\$\{data\.litmos_team\.Staff_Lookup_\w+\.id\}$/,
    );
    expect(teams[address('Contractors')]?.parent_team_id).toBe('team-4');
  });

  test("addMember on a created team references the created team's ID", () => {
    const members = blocks(json, 'litmos_team_member');
    expect(members).toContainEqual(
      expect.objectContaining({
        team_id: `\${litmos_team.${address('Engineering')}.id}`,
        user_id: 'user-1',
        role: 'leader',
      }),
    );
    expect(members).toContainEqual(
      expect.objectContaining({ team_id: `\${litmos_team.${address('Platform')}.id}`, role: 'member' }),
    );
  });

  test('addCourse assigns through litmos_team_course, to the Courses tab and the team library', () => {
    const engId = `\${litmos_team.${address('Engineering')}.id}`;
    const courses = blocks(json, 'litmos_team_course');
    expect(courses).toHaveLength(2);
    expect(courses).toContainEqual({ team_id: engId, course_id: 'course-3', include_subteams: true });
    expect(courses).toContainEqual({ team_id: engId, course_id: 'course-3', team_library: true });
  });
});

test('look-ups still take members and courses, and addCourse works on them too', () => {
  const { json } = synth((stack) => {
    const ops = LitmosTeam.fromName(stack, 'Ops', 'Ops');
    ops.addMember(LitmosUser.fromId(stack, 'Bob', 'user-2'));
    LitmosTeam.fromId(stack, 'Sales', 'team-9').addCourse(
      LitmosCourse.fromName(stack, 'Onboarding', 'Onboarding'),
    );
  });
  expect(json.resource?.litmos_team).toBeUndefined();
  expect(blocks(json, 'litmos_team_member')).toEqual([
    expect.objectContaining({
      team_id: expect.stringMatching(/^\$\{data\.litmos_team\.Ops_Lookup_/),
      user_id: 'user-2',
    }),
  ]);
  expect(blocks(json, 'litmos_team_course')).toEqual([
    { team_id: 'team-9', course_id: expect.stringMatching(/^\$\{data\.litmos_course\./) },
  ]);
});

test('the resource (child id Resource) is the escape hatch', () => {
  synth((stack) => {
    const team = new LitmosTeam(stack, 'Ops', { name: 'Ops' });
    expect(team.resource.nameInput).toBe('Ops');
    expect(team.resource.node.id).toBe('Resource');
  });
});

describe('mistakes are reported with the construct path', () => {
  test('an empty name, a parent that is not a team, a bad description (JavaScript callers)', () => {
    expect(() =>
      synth(
        (stack) => new LitmosTeam(stack, 'Bad', { name: ' ', parent: 'team-1', description: 3 } as never),
      ),
    ).toThrow(
      /\[.*\/Bad\] 3 problem[\s\S]*name must not be empty[\s\S]*description must be a string[\s\S]*parent: expected a LitmosTeam/,
    );
    expect(() => synth((stack) => new LitmosTeam(stack, 'None', undefined as never))).toThrow(
      LitmosConstructError,
    );
  });

  test('the same course twice in the same place names the team', () => {
    expect(() =>
      synth((stack) => {
        const team = new LitmosTeam(stack, 'Ops', { name: 'Ops' });
        const course = LitmosCourse.fromId(stack, 'Security', 'c-1');
        team.addCourse(course);
        team.addCourse(course, { teamLibrary: false });
      }),
    ).toThrow(/course "Security" is added to the Courses tab of team "Ops" twice/);
  });

  test('addCourse refuses something that is not a course, addMember the same user twice', () => {
    expect(() =>
      synth((stack) => new LitmosTeam(stack, 'Ops', { name: 'Ops' }).addCourse('c-1' as never)),
    ).toThrow(LitmosConstructError);
    expect(() =>
      synth((stack) => {
        const team = new LitmosTeam(stack, 'Ops', { name: 'Ops' });
        const u = LitmosUser.fromId(stack, 'Bob', 'u-1');
        team.addMember(u);
        team.addMember(u);
      }),
    ).toThrow(/user "Bob" is added to team "Ops" twice/);
  });
});

describe('the integration takes created teams beside team names', () => {
  test("people's memberships reference a created team's ID; names are still looked up", () => {
    const { json } = synth((stack) => {
      const eng = new LitmosTeam(stack, 'Engineering', { name: 'Engineering' });
      const platform = new LitmosTeam(stack, 'Platform', { name: 'Platform', parent: eng });
      new LitmosConductorOneIntegration(stack, 'Litmos', {
        connector: LitmosConnectorHosting.none(),
        people: [
          { username: 'ada@example.com', firstName: 'Ada', lastName: 'L', teams: [eng, 'Ops'] },
          {
            username: 'bob@example.com',
            firstName: 'Bob',
            lastName: 'B',
            teams: [{ team: platform, role: 'leader' }],
          },
        ],
      });
    });
    const teams = Object.entries(json.resource?.litmos_team ?? {});
    const idOf = (name: string) => `\${litmos_team.${teams.find(([, t]) => t.name === name)?.[0]}.id}`;
    const members = blocks(json, 'litmos_team_member');
    expect(members).toHaveLength(3);
    expect(members).toContainEqual(expect.objectContaining({ team_id: idOf('Engineering'), role: 'member' }));
    expect(members).toContainEqual(expect.objectContaining({ team_id: idOf('Platform'), role: 'leader' }));
    expect(Object.values(json.data?.litmos_team ?? {})).toEqual([expect.objectContaining({ name: 'Ops' })]);
  });

  test('a team listed twice, or something that is not a team, is reported', () => {
    expect(() =>
      synth((stack) => {
        const eng = new LitmosTeam(stack, 'Engineering', { name: 'Engineering' });
        new LitmosConductorOneIntegration(stack, 'Litmos', {
          connector: LitmosConnectorHosting.none(),
          people: [
            {
              username: 'a@example.com',
              firstName: 'A',
              lastName: 'B',
              teams: [eng, { team: eng, role: 'admin' }, { team: 42 } as never],
            },
          ],
        });
      }),
    ).toThrow(
      /team stack\/Engineering is listed twice[\s\S]*a team must be a name or a LitmosTeam, got number/,
    );
  });
});
