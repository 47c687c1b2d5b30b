import { accessLevelAsManaged } from './access-level.js';

describe('accessLevelAsManaged', () => {
  test.each([
    ['a team leader managed as Learner stays Learner', 'Team_Leader', 'Learner', 'Learner'],
    ['a real change to Administrator is reported', 'Administrator', 'Learner', 'Administrator'],
    ['Team_Leader managed as Team_Leader is kept', 'Team_Leader', 'Team_Leader', 'Team_Leader'],
    ['Team_Leader managed as Administrator is drift', 'Team_Leader', 'Administrator', 'Team_Leader'],
    ['nothing managed yet: the reported level', 'Team_Leader', null, 'Team_Leader'],
  ])('%s', (_name, reported, managed, expected) => {
    expect(accessLevelAsManaged(reported, managed)).toBe(expected);
  });
});
