/**
 * The authoritative constructs: a `LitmosTeam` roster (`litmos_team_members`: the members added
 * are the whole team) and the integration's administrator set (`litmos_administrators`, built from
 * the people's access levels so the two always agree).
 */
import {
  LitmosConductorOneIntegration,
  LitmosConnectorHosting,
  LitmosConstructError,
  LitmosTeam,
  LitmosUser,
} from '../src/index.js';
import { blocks, synth } from './helpers.js';

describe('an authoritative team roster', () => {
  const { json } = synth((stack) => {
    const ada = new LitmosUser(stack, 'Ada', {
      username: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'L',
    });
    const bob = LitmosUser.fromId(stack, 'Bob', 'user-2');
    const eng = new LitmosTeam(stack, 'Engineering', {
      name: 'Engineering',
      roster: { members: [{ user: ada, role: 'leader' }] },
    });
    eng.addMember(bob); // added later: listed in the roster too
    const ops = LitmosTeam.fromName(stack, 'Ops', 'Ops');
    ops.manageRoster({ sendMessage: true });
    ops.addMember(LitmosUser.fromId(stack, 'Cy', 'user-3'), { role: 'admin' });
  });
  const rosters = blocks(json, 'litmos_team_members');
  const teamAddress = Object.keys(json.resource?.litmos_team ?? {})[0];
  const adaAddress = Object.keys(json.resource?.litmos_user ?? {})[0];

  test('lists every member with their role, keyed by user ID, in one litmos_team_members per team', () => {
    expect(rosters).toHaveLength(2);
    expect(rosters).toContainEqual({
      team_id: `\${litmos_team.${teamAddress}.id}`,
      members: { [`\${litmos_user.${adaAddress}.id}`]: 'leader', 'user-2': 'member' },
    });
    expect(rosters).toContainEqual({
      team_id: expect.stringMatching(/^\$\{data\.litmos_team\.Ops_Lookup_\w+\.id\}$/),
      members: { 'user-3': 'admin' },
      send_message: true,
    });
  });

  test('a roster team has no litmos_team_member resources (the two would undo each other)', () => {
    expect(blocks(json, 'litmos_team_member')).toEqual([]);
  });

  test('the roster is the team\'s child "Roster", also reachable as team.roster', () => {
    synth((stack) => {
      const team = new LitmosTeam(stack, 'Ops', { name: 'Ops', roster: {} });
      expect(team.roster?.node.id).toBe('Roster');
      expect(team.addMember(LitmosUser.fromId(stack, 'Dee', 'u-4'))).toBe(team.roster);
      expect(team.memberships.size).toBe(0);
    });
  });

  test('an empty roster is kept: the team is to have no members', () => {
    const built = synth((stack) => new LitmosTeam(stack, 'Empty', { name: 'Empty', roster: {} }));
    expect(blocks(built.json, 'litmos_team_members')).toEqual([expect.objectContaining({ members: {} })]);
  });

  test('the integration puts people in a roster team through the roster', () => {
    const built = synth((stack) => {
      const eng = new LitmosTeam(stack, 'Engineering', { name: 'Engineering', roster: {} });
      new LitmosConductorOneIntegration(stack, 'Litmos', {
        connector: LitmosConnectorHosting.none(),
        people: [
          {
            username: 'ada@example.com',
            firstName: 'Ada',
            lastName: 'L',
            teams: [{ team: eng, role: 'admin' }, 'Ops'],
          },
        ],
      });
    });
    const [roster] = blocks(built.json, 'litmos_team_members');
    expect(Object.values(roster?.members as Record<string, string>)).toEqual(['admin']);
    // The team named only (looked up, not authoritative) still gets a litmos_team_member.
    expect(blocks(built.json, 'litmos_team_member')).toHaveLength(1);
  });

  describe('mistakes are reported with the construct path', () => {
    test('manageRoster after addMember, or twice', () => {
      expect(() =>
        synth((stack) => {
          const team = new LitmosTeam(stack, 'Ops', { name: 'Ops' });
          team.addMember(LitmosUser.fromId(stack, 'Bob', 'u-1'));
          team.manageRoster();
        }),
      ).toThrow(
        /\[.*\/Ops\][\s\S]*already has litmos_team_member resources \(Bob\): call manageRoster before addMember/,
      );
      expect(() =>
        synth((stack) => new LitmosTeam(stack, 'Ops', { name: 'Ops', roster: {} }).manageRoster()),
      ).toThrow(/the roster of team "Ops" is already managed/);
    });

    test('the same user twice, a bad role, a per-member sendMessage the roster contradicts', () => {
      expect(() =>
        synth((stack) => {
          const bob = LitmosUser.fromId(stack, 'Bob', 'u-1');
          new LitmosTeam(stack, 'Ops', {
            name: 'Ops',
            roster: { members: [{ user: bob }, { user: bob, role: 'owner' as never }] },
          });
        }),
      ).toThrow(/user "Bob" is added to team "Ops" twice[\s\S]*unknown team role "owner"/);
      expect(() =>
        synth((stack) => {
          const team = LitmosTeam.fromId(stack, 'Ops', 'team-1');
          team.manageRoster();
          team.addMember(LitmosUser.fromId(stack, 'Bob', 'u-1'), { sendMessage: true });
        }),
      ).toThrow(/sendMessage is set for the whole roster of team with ID team-1/);
    });

    test('a roster that is not an object, or a member that is not a user (JavaScript callers)', () => {
      expect(() =>
        synth((stack) => new LitmosTeam(stack, 'Ops', { name: 'Ops', roster: 'all' as never })),
      ).toThrow(/roster: expected \{ members\?, sendMessage\? \}, got string/);
      expect(() =>
        synth(
          (stack) =>
            new LitmosTeam(stack, 'Ops', { name: 'Ops', roster: { members: [{ user: 'u-1' }] as never } }),
        ),
      ).toThrow(LitmosConstructError);
    });
  });
});

describe("the integration's administrator set", () => {
  const people = [
    { username: 'ada@example.com', firstName: 'Ada', lastName: 'L', accessLevel: 'Administrator' as const },
    { username: 'bob@example.com', firstName: 'Bob', lastName: 'B' },
    { username: 'cy@example.com', firstName: 'Cy', lastName: 'C', accessLevel: 'Team_Leader' as const },
  ];

  test('lists the people who are Administrators and the other IDs given; nobody else', () => {
    const { json } = synth((stack) => {
      const litmos = new LitmosConductorOneIntegration(stack, 'Litmos', {
        connector: LitmosConnectorHosting.none(),
        people,
        administrators: { demoteTo: 'Learner', otherUserIds: ['user-9'], apiKeyOwnerId: 'user-9' },
      });
      expect(litmos.administrators?.node.id).toBe('Administrators');
    });
    const users = Object.entries(json.resource?.litmos_user ?? {});
    const ada = users.find(([, u]) => u.username === 'ada@example.com')![0];
    expect(blocks(json, 'litmos_administrators')).toEqual([
      { user_ids: [`\${litmos_user.${ada}.id}`, 'user-9'], demote_to: 'Learner', api_key_owner_id: 'user-9' },
    ]);
  });

  test('without administrators, no set is managed', () => {
    const { json } = synth(
      (stack) =>
        new LitmosConductorOneIntegration(stack, 'Litmos', {
          connector: LitmosConnectorHosting.none(),
          people,
        }),
    );
    expect(blocks(json, 'litmos_administrators')).toEqual([]);
  });

  test('a bad demoteTo, bad or repeated other IDs are reported together', () => {
    expect(() =>
      synth(
        (stack) =>
          new LitmosConductorOneIntegration(stack, 'Litmos', {
            connector: LitmosConnectorHosting.none(),
            administrators: {
              demoteTo: 'Administrator' as never,
              otherUserIds: ['u-1', ' ', 'u-1', 7 as never],
            },
          }),
      ),
    ).toThrow(
      /4 problem[\s\S]*demoteTo must be Learner or Team_Leader, got "Administrator"[\s\S]*otherUserIds\[1\] must not be empty[\s\S]*otherUserIds\[2\]: u-1 is listed twice[\s\S]*otherUserIds\[3\] must be a string/,
    );
  });
});
