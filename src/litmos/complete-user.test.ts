/** When a defensively read `/users/details` row counts as a whole user, and how its gaps are filled. */
import { completeUser } from './detailed-user-reads.js';
import type { DetailedUserRow } from './users.js';

const row = (overrides: Partial<Record<keyof DetailedUserRow, unknown>> = {}): DetailedUserRow =>
  ({
    Id: 'u1',
    UserName: 'u1@example.com',
    FirstName: 'F',
    LastName: 'L',
    AccessLevel: 'Learner',
    Active: true,
    DisableMessages: false,
    IsCustomUsername: false,
    SkipFirstLogin: false,
    OriginalId: 7,
    Points: 0,
    FullName: null,
    Email: null,
    LastLogin: null,
    LoginKey: null,
    Password: null,
    TimeZone: null,
    CreatedDate: null,
    Brand: null,
    EnableTextNotification: null,
    City: null,
    ...overrides,
  }) as DetailedUserRow;

describe('a full-form row', () => {
  it.each([
    'FirstName',
    'LastName',
    'AccessLevel',
    'Active',
    'DisableMessages',
    'IsCustomUsername',
    'SkipFirstLogin',
    'OriginalId',
    'Points',
  ] as const)('is not a whole user without %s', (field) => {
    expect(completeUser(row({ [field]: null }))).toBeUndefined();
  });

  it('fills missing text fields with "" and leaves missing optional flags out', () => {
    const user = completeUser(row());
    expect(user).toEqual({
      ...row(),
      FullName: '',
      Email: '',
      LastLogin: '',
      LoginKey: '',
      Password: '',
      TimeZone: '',
      CreatedDate: '',
      Brand: undefined,
      EnableTextNotification: undefined,
    });
  });

  it('keeps the values a row has', () => {
    const values = {
      FullName: 'F L',
      Email: 'e@x.io',
      LastLogin: 'yesterday',
      LoginKey: 'k',
      Password: 'p',
      TimeZone: 'UTC',
      CreatedDate: '2024-01-01',
      Brand: 'Default',
      EnableTextNotification: false,
      City: 'Paris',
      Active: false,
      Points: 12,
    };
    expect(completeUser(row(values))).toMatchObject(values);
  });
});
