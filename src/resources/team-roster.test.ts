import { TeamRosterCache, roleIn, type TeamRoster } from './team-roster.js';

const roster = (members: string[], leaders: string[] = [], admins: string[] = []): TeamRoster => ({
  members: new Set(members),
  leaders: new Set(leaders),
  admins: new Set(admins),
});

describe('TeamRosterCache', () => {
  test('a load that fails after a write started a newer one does not drop the newer roster', async () => {
    const loads: { resolve: (r: TeamRoster) => void; reject: (e: Error) => void }[] = [];
    const cache = new TeamRosterCache({
      ttlMs: 1000,
      now: () => 0,
      load: () =>
        new Promise<TeamRoster>((resolve, reject) => {
          loads.push({ resolve, reject });
        }),
    });
    const stale = cache.get('t1');
    cache.clear(); // a write
    const current = cache.get('t1');
    loads[1]!.resolve(roster(['u1']));
    loads[0]!.reject(new Error('stale load failed'));
    await expect(stale).rejects.toThrow('stale load failed');
    expect((await current).members.has('u1')).toBe(true);
    // The newer roster still serves readers: no third load.
    expect(await cache.get('t1')).toBe(await current);
    expect(loads).toHaveLength(2);
  });
});

describe('roleIn', () => {
  test.each([
    ['not a member (even if listed as leader or admin)', roster([], ['u'], ['u']), null],
    ['a plain member', roster(['u']), 'member'],
    ['a leader', roster(['u'], ['u']), 'leader'],
    ['an admin', roster(['u'], [], ['u']), 'admin'],
    ['both leader and admin: admin outranks leader', roster(['u'], ['u'], ['u']), 'admin'],
  ])('%s', (_name, r, expected) => {
    expect(roleIn(r, 'u')).toBe(expected);
  });
});
