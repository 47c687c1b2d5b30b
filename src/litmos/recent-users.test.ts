import { RecentUsers } from './recent-users.js';

const user = (Active: boolean, AccessLevel = 'Learner') => ({ Id: 'u1', Active, AccessLevel });

describe('RecentUsers', () => {
  let clock: number;
  let recent: RecentUsers;
  beforeEach(() => {
    clock = 0;
    recent = new RecentUsers({ ttlMs: 60_000, now: () => clock });
  });

  test('a user seen active counts for the interval, then not', () => {
    recent.saw(user(true));
    clock = 60_000;
    expect(recent.isActive('u1')).toBe(true);
    clock = 60_001;
    expect(recent.isActive('u1')).toBe(false);
  });

  test('an inactive user, or one with a team role, is not an active learner', () => {
    recent.saw(user(false));
    expect(recent.isActive('u1')).toBe(false);
    recent.saw(user(true, 'Team_Leader'));
    expect(recent.isActive('u1')).toBe(true);
    expect(recent.isActiveLearner('u1')).toBe(false);
  });

  test('a write forgets the user', () => {
    recent.saw(user(true));
    recent.forget('u1');
    expect(recent.isActive('u1')).toBe(false);
  });

  test('a read overtaken by a write records nothing; a read after it does', () => {
    const before = recent.reading('u1');
    recent.forget('u1');
    before(user(true));
    expect(recent.isActive('u1')).toBe(false);
    recent.reading('u1')(user(true));
    expect(recent.isActive('u1')).toBe(true);
  });

  test('a read by user name records nothing under another id', () => {
    recent.reading('ada@example.com')(user(true));
    expect(recent.isActive('u1')).toBe(false);
  });
});
