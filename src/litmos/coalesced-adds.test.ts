/**
 * Coalesced member adds and course assignments against recorded fakes of `LitmosTeams` and
 * `LitmosCourses` (no HTTP): which requests go out, with which flags, and what each caller learns.
 * One-millisecond windows keep these fast; the simulator-backed tests (test/simulated/team-writes)
 * cover the same paths end to end.
 */
import type { LitmosCourses } from './courses.js';
import { LitmosError } from './errors.js';
import { RecentUsers } from './recent-users.js';
import { TeamMemberAdds } from './team-member-adds.js';
import type { LitmosTeams } from './teams.js';
import type { LitmosCourse } from './types.js';
import { UserCourseAdds } from './user-course-adds.js';

type Call = [string, ...unknown[]];

interface Held {
  readonly promise: Promise<void>;
  readonly release: () => void;
}

function held(): Held {
  let release: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

/** Team members by team, with access levels; leaders and admins by team. */
function fakeTeams(state: {
  members?: Record<string, Record<string, string>>;
  leaders?: Record<string, string[]>;
  admins?: Record<string, string[]>;
  failAdd?: Record<string, Error>;
}) {
  const calls: Call[] = [];
  const teams = {
    addMembers: async (teamId: string, userIds: readonly string[], options: object) => {
      calls.push(['addMembers', teamId, [...userIds], options]);
      const failure = state.failAdd?.[teamId];
      if (failure) throw failure;
    },
    listMembers: async (teamId: string, options: object) => {
      calls.push(['listMembers', teamId, options]);
      return Object.entries(state.members?.[teamId] ?? {}).map(([Id, AccessLevel]) => ({ Id, AccessLevel }));
    },
    listLeaders: async (teamId: string) => {
      calls.push(['listLeaders', teamId]);
      return (state.leaders?.[teamId] ?? []).map((Id) => ({ Id }));
    },
    listAdmins: async (teamId: string) => {
      calls.push(['listAdmins', teamId]);
      return (state.admins?.[teamId] ?? []).map((Id) => ({ Id }));
    },
  };
  return { teams: teams as unknown as LitmosTeams, calls, names: () => calls.map((c) => c[0]) };
}

describe('coalesced team member adds', () => {
  it('sends one POST of distinct ids and one member read for concurrent adds, and tells each caller its outcome', async () => {
    const f = fakeTeams({
      members: { t1: { a: 'Learner', lead: 'Team_Leader', adm: 'Team_Leader', plain: 'Team_Leader' } },
      leaders: { t1: ['lead', 'adm'] },
      admins: { t1: ['adm'] },
    });
    const adds = new TeamMemberAdds(f.teams, { windowMs: 1 });
    const outcomes = await Promise.all(
      ['a', 'a', 'lead', 'adm', 'plain', 'gone'].map((u) => adds.add('t1', u)),
    );
    expect(outcomes).toEqual([
      { joined: true, role: 'member' },
      { joined: true, role: 'member' },
      { joined: true, role: 'leader' },
      { joined: true, role: 'admin' },
      { joined: true, role: 'member' },
      { joined: false },
    ]);
    expect(f.calls.filter((c) => c[0] === 'addMembers')).toEqual([
      ['addMembers', 't1', ['a', 'lead', 'adm', 'plain', 'gone'], { sendMessage: false, prepaid: false }],
    ]);
    expect(f.calls.filter((c) => c[0] === 'listMembers')).toEqual([
      ['listMembers', 't1', { prepaid: false }],
    ]);
    expect(f.calls.filter((c) => c[0] === 'listLeaders')).toEqual([['listLeaders', 't1']]);
    expect(f.calls.filter((c) => c[0] === 'listAdmins')).toEqual([['listAdmins', 't1']]);
  });

  it('reads no leader or admin list when every added user is a plain learner', async () => {
    const f = fakeTeams({ members: { t1: { a: 'Learner', b: 'Learner' } } });
    const adds = new TeamMemberAdds(f.teams, { windowMs: 1 });
    await Promise.all([adds.add('t1', 'a'), adds.add('t1', 'b')]);
    expect(f.names()).toEqual(['addMembers', 'listMembers']);
  });

  it('sends adds with and without the welcome e-mail as separate requests, to the right team', async () => {
    const f = fakeTeams({ members: { '1team': { a: 'Learner', b: 'Learner' } } });
    const adds = new TeamMemberAdds(f.teams, { windowMs: 1 });
    await Promise.all([adds.add('1team', 'a', { sendMessage: true }), adds.add('1team', 'b')]);
    const posts = f.calls.filter((c) => c[0] === 'addMembers');
    expect(posts).toHaveLength(2);
    expect(posts).toEqual(
      expect.arrayContaining([
        ['addMembers', '1team', ['a'], { sendMessage: true, prepaid: false }],
        ['addMembers', '1team', ['b'], { sendMessage: false, prepaid: false }],
      ]),
    );
  });

  it('keeps adds to different teams apart', async () => {
    const f = fakeTeams({ members: { t1: { a: 'Learner' }, t2: { a: 'Learner' } } });
    const adds = new TeamMemberAdds(f.teams, { windowMs: 1 });
    expect(await Promise.all([adds.add('t1', 'a'), adds.add('t2', 'a')])).toEqual([
      { joined: true, role: 'member' },
      { joined: true, role: 'member' },
    ]);
    expect(f.calls.filter((c) => c[0] === 'addMembers').map((c) => c[1])).toEqual(['t1', 't2']);
  });

  it('splits a batch at maxBatch', async () => {
    const f = fakeTeams({ members: { t1: { a: 'Learner', b: 'Learner', c: 'Learner' } } });
    const adds = new TeamMemberAdds(f.teams, { windowMs: 1, maxBatch: 2 });
    await Promise.all(['a', 'b', 'c'].map((u) => adds.add('t1', u)));
    expect(f.calls.filter((c) => c[0] === 'addMembers').map((c) => c[2])).toEqual([['a', 'b'], ['c']]);
  });

  it('with a budget turn, the POST and the member read each use the unit their turn took', async () => {
    const f = fakeTeams({ members: { t1: { a: 'Learner' } } });
    let turns = 0;
    const adds = new TeamMemberAdds(f.teams, {
      windowMs: 1,
      turn: async () => {
        turns += 1;
      },
    });
    await adds.add('t1', 'a');
    expect(turns).toBe(2);
    expect(f.calls).toEqual([
      ['addMembers', 't1', ['a'], { sendMessage: false, prepaid: true }],
      ['listMembers', 't1', { prepaid: true }],
    ]);
  });

  it('skips the member read for a learner seen active moments ago, but not for an inactive or non-learner user', async () => {
    const f = fakeTeams({ members: { t1: { known: 'Learner', off: 'Learner', lead: 'Team_Leader' } } });
    const recent = new RecentUsers({ ttlMs: 60_000, now: () => 0 });
    recent.saw({ Id: 'known', Active: true, AccessLevel: 'Learner' });
    const adds = new TeamMemberAdds(f.teams, { windowMs: 1 }, recent);
    expect(await adds.add('t1', 'known')).toEqual({ joined: true, role: 'member' });
    expect(f.names()).toEqual(['addMembers']);
    recent.saw({ Id: 'off', Active: false, AccessLevel: 'Learner' });
    recent.saw({ Id: 'lead', Active: true, AccessLevel: 'Team_Leader' });
    await Promise.all([adds.add('t1', 'off'), adds.add('t1', 'lead')]);
    expect(f.names().filter((n) => n === 'listMembers')).toHaveLength(1);
  });

  it("waits with the member read for the team's writes still under way, and serves them with one read", async () => {
    const slow = held();
    const f = fakeTeams({ members: { t1: { a: 'Learner', b: 'Learner' } } });
    const addMembers = f.teams.addMembers.bind(f.teams);
    // The batch that sends the e-mail is slow to answer.
    (f.teams as { addMembers: unknown }).addMembers = async (
      teamId: string,
      userIds: readonly string[],
      options: { sendMessage: boolean },
    ) => {
      await addMembers(teamId, userIds, options);
      if (options.sendMessage) await slow.promise;
    };
    const adds = new TeamMemberAdds(f.teams, { windowMs: 1 });
    const outcomes = Promise.all([adds.add('t1', 'a'), adds.add('t1', 'b', { sendMessage: true })]);
    await tick();
    await tick();
    expect(f.names()).toEqual(['addMembers', 'addMembers']);
    slow.release();
    expect(await outcomes).toEqual([
      { joined: true, role: 'member' },
      { joined: true, role: 'member' },
    ]);
    expect(f.names()).toEqual(['addMembers', 'addMembers', 'listMembers']);
  });

  it('fails every caller of a batch whose POST fails, with the API error', async () => {
    const refused = new LitmosError('NOT_FOUND', 'no such team');
    const f = fakeTeams({ failAdd: { t1: refused } });
    const adds = new TeamMemberAdds(f.teams, { windowMs: 1 });
    const settled = await Promise.allSettled([adds.add('t1', 'a'), adds.add('t1', 'b')]);
    expect(settled).toEqual([
      { status: 'rejected', reason: refused },
      { status: 'rejected', reason: refused },
    ]);
    expect(f.names()).toEqual(['addMembers']);
  });
});

/** Course lists by user and user lists by course; lookups by course id. */
function fakeCourses(state: {
  usersByCourse?: Record<string, string[]>;
  coursesByUser?: Record<string, string[]>;
  known?: Record<string, Partial<LitmosCourse>>;
  failLookup?: boolean;
  failUserList?: Record<string, Error>;
}) {
  const calls: Call[] = [];
  const courses = {
    assignToUser: async (userId: string, courseIds: readonly string[], options: object) => {
      calls.push(['assignToUser', userId, [...courseIds], options]);
    },
    listUsers: async (courseId: string, options: object) => {
      calls.push(['listUsers', courseId, options]);
      return (state.usersByCourse?.[courseId] ?? []).map((Id) => ({ Id }));
    },
    listForUser: async (userId: string, options: object) => {
      calls.push(['listForUser', userId, options]);
      const failure = state.failUserList?.[userId];
      if (failure) throw failure;
      return (state.coursesByUser?.[userId] ?? []).map((Id) => ({ Id }));
    },
    lookup: async (courseId: string) => {
      calls.push(['lookup', courseId]);
      if (state.failLookup) throw new LitmosError('SERVER', 'down');
      const course = state.known?.[courseId];
      return course === undefined ? undefined : { Id: courseId, ...course };
    },
  };
  return { courses: courses as unknown as LitmosCourses, calls, names: () => calls.map((c) => c[0]) };
}

describe('coalesced course assignments', () => {
  it("posts each user's courses once, and checks a course two users share with one listing", async () => {
    const f = fakeCourses({
      usersByCourse: { c1: ['a', 'b'] },
      coursesByUser: { a: ['c1', 'c2'], c: [] },
    });
    const adds = new UserCourseAdds(f.courses, { windowMs: 1 });
    const results = await Promise.all([
      adds.assign('a', 'c1'),
      adds.assign('a', 'c2'),
      adds.assign('a', 'c2'),
      adds.assign('b', 'c1'),
      adds.assign('c', 'missing'),
    ]);
    expect(results).toEqual([true, true, true, true, false]);
    expect(f.calls.filter((c) => c[0] === 'assignToUser')).toEqual([
      ['assignToUser', 'a', ['c1', 'c2'], { sendMessage: false, prepaid: false }],
      ['assignToUser', 'b', ['c1'], { sendMessage: false, prepaid: false }],
      ['assignToUser', 'c', ['missing'], { sendMessage: false, prepaid: false }],
    ]);
    expect(f.calls.filter((c) => c[0] === 'listUsers')).toEqual([['listUsers', 'c1', { prepaid: false }]]);
    // a's c2 is read from a's own course list; c's unknown course from c's.
    expect(f.calls.filter((c) => c[0] === 'listForUser').map((c) => c[1])).toEqual(['a', 'c']);
  });

  it('reads one course list per user even for several of their courses', async () => {
    const f = fakeCourses({ coursesByUser: { a: ['c1'] } });
    const adds = new UserCourseAdds(f.courses, { windowMs: 1 });
    expect(await Promise.all([adds.isAssigned('a', 'c1'), adds.isAssigned('a', 'c2')])).toEqual([
      true,
      false,
    ]);
    expect(f.names()).toEqual(['listForUser']);
  });

  it('sends assignments with the e-mail apart from those without, to the right user', async () => {
    const f = fakeCourses({ coursesByUser: { '1u': ['c1', 'c2'] } });
    const adds = new UserCourseAdds(f.courses, { windowMs: 1 });
    await Promise.all([adds.assign('1u', 'c1', { sendMessage: true }), adds.assign('1u', 'c2')]);
    expect(f.calls.filter((c) => c[0] === 'assignToUser')).toEqual(
      expect.arrayContaining([
        ['assignToUser', '1u', ['c1'], { sendMessage: true, prepaid: false }],
        ['assignToUser', '1u', ['c2'], { sendMessage: false, prepaid: false }],
      ]),
    );
  });

  it('with a budget turn, only the first read of a check batch uses the unit its turn took', async () => {
    const f = fakeCourses({ usersByCourse: { c1: ['a', 'b'] }, coursesByUser: { c: ['c2'] } });
    let turns = 0;
    const adds = new UserCourseAdds(f.courses, {
      windowMs: 1,
      turn: async () => {
        turns += 1;
      },
    });
    await Promise.all([adds.isAssigned('a', 'c1'), adds.isAssigned('b', 'c1'), adds.isAssigned('c', 'c2')]);
    expect(turns).toBe(1);
    expect(f.calls).toEqual([
      ['listUsers', 'c1', { prepaid: true }],
      ['listForUser', 'c', { prepaid: false }],
    ]);
  });

  it('with a budget turn, the POST uses the unit its turn took', async () => {
    const f = fakeCourses({ coursesByUser: { a: ['c1'] } });
    const adds = new UserCourseAdds(f.courses, { windowMs: 1, turn: async () => undefined });
    expect(await adds.assign('a', 'c1')).toBe(true);
    expect(f.calls[0]).toEqual(['assignToUser', 'a', ['c1'], { sendMessage: false, prepaid: true }]);
  });

  it('needs no check for a user seen active and an existing active course', async () => {
    const f = fakeCourses({ known: { c1: { Active: true }, c2: {} } });
    const recent = new RecentUsers({ ttlMs: 60_000, now: () => 0 });
    recent.saw({ Id: 'a', Active: true, AccessLevel: 'Team_Leader' });
    const adds = new UserCourseAdds(f.courses, { windowMs: 1 }, recent);
    expect(await adds.assign('a', 'c1')).toBe(true);
    expect(await adds.assign('a', 'c2')).toBe(true);
    expect(f.names()).toEqual(['assignToUser', 'lookup', 'assignToUser', 'lookup']);
  });

  it.each([
    ['an inactive course', { known: { c1: { Active: false } } }],
    ['an unknown course', { known: {} }],
    ['a course whose lookup fails', { failLookup: true }],
  ])('checks the assignment of %s, even for a user seen active', async (_name, state) => {
    const f = fakeCourses({ ...state, coursesByUser: { a: [] } });
    const recent = new RecentUsers({ ttlMs: 60_000, now: () => 0 });
    recent.saw({ Id: 'a', Active: true, AccessLevel: 'Learner' });
    const adds = new UserCourseAdds(f.courses, { windowMs: 1 }, recent);
    expect(await adds.assign('a', 'c1')).toBe(false);
    expect(f.names()).toContain('listForUser');
  });

  it('checks the assignment of a user not seen active, without looking the course up', async () => {
    const f = fakeCourses({ known: { c1: {} }, coursesByUser: { a: ['c1'] } });
    const recent = new RecentUsers({ ttlMs: 60_000, now: () => 0 });
    recent.saw({ Id: 'a', Active: false, AccessLevel: 'Learner' });
    const adds = new UserCourseAdds(f.courses, { windowMs: 1 }, recent);
    expect(await adds.assign('a', 'c1')).toBe(true);
    expect(f.names()).toEqual(['assignToUser', 'listForUser']);
  });

  it('checks the assignment when the user is written to while the course is looked up', async () => {
    const f = fakeCourses({ known: { c1: {} }, coursesByUser: { a: ['c1'] } });
    const recent = new RecentUsers({ ttlMs: 60_000, now: () => 0 });
    recent.saw({ Id: 'a', Active: true, AccessLevel: 'Learner' });
    const lookup = f.courses.lookup.bind(f.courses);
    (f.courses as { lookup: (id: string) => Promise<unknown> }).lookup = async (id: string) => {
      recent.forget('a');
      return lookup(id);
    };
    const adds = new UserCourseAdds(f.courses, { windowMs: 1 }, recent);
    expect(await adds.assign('a', 'c1')).toBe(true);
    expect(f.names()).toContain('listForUser');
  });

  it('fails only the checks whose read failed', async () => {
    const refused = new LitmosError('SERVER', 'down');
    const f = fakeCourses({ coursesByUser: { b: ['c2'] }, failUserList: { a: refused } });
    const adds = new UserCourseAdds(f.courses, { windowMs: 1 });
    const settled = await Promise.allSettled([adds.isAssigned('a', 'c1'), adds.isAssigned('b', 'c2')]);
    expect(settled).toEqual([
      { status: 'rejected', reason: refused },
      { status: 'fulfilled', value: true },
    ]);
  });
});
