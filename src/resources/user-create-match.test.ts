import type { LitmosUser } from '../litmos/index.js';
import { describeDifferences, differencesFromPlan, sampleUserAddress } from './user-create-match.js';

const existing = {
  Id: 'u1',
  UserName: 'Ada@Example.com',
  Email: 'ada@example.com',
  FirstName: 'Ada',
  LastName: 'Lovelace',
  AccessLevel: 'Team_Leader',
  Active: true,
  DisableMessages: false,
  JobTitle: '',
} as unknown as LitmosUser;

describe('differencesFromPlan', () => {
  it('finds none when every planned field is equal (user name and e-mail without regard to case)', () => {
    const planned = { UserName: 'ada@example.com', Email: 'ADA@example.com', FirstName: 'Ada', Active: true };
    expect(differencesFromPlan(existing, planned)).toEqual([]);
  });

  it('treats a Team_Leader as the Learner Terraform manages, but not as an Administrator', () => {
    expect(differencesFromPlan(existing, { AccessLevel: 'Learner' })).toEqual([]);
    expect(differencesFromPlan(existing, { AccessLevel: 'Administrator' })).toEqual([
      { attribute: 'access_level', existing: 'Team_Leader', planned: 'Administrator' },
    ]);
  });

  it('names each differing attribute, including profile fields, and ignores fields the plan leaves out', () => {
    const diffs = differencesFromPlan(existing, {
      FirstName: 'Augusta',
      JobTitle: 'Analyst',
      LastName: undefined,
      Active: false,
    });
    expect(diffs.map((d) => d.attribute)).toEqual(['first_name', 'job_title', 'active']);
    expect(describeDifferences(diffs)).toBe(
      'first_name: Litmos has "Ada", the configuration "Augusta"; job_title: Litmos has "", the configuration "Analyst"; active: Litmos has true, the configuration false',
    );
  });
});

describe('differencesFromPlan with the defaults of a create', () => {
  it('compares a default only when the plan leaves the field out, and marks it as such', () => {
    expect(differencesFromPlan(existing, { FirstName: 'Ada' }, { DisableMessages: true })).toEqual([
      { attribute: 'disable_messages', existing: false, planned: true, byDefault: true },
    ]);
    // Planned, the field is compared with the planned value, not the default.
    expect(differencesFromPlan(existing, { DisableMessages: false }, { DisableMessages: true })).toEqual([]);
    expect(
      differencesFromPlan(existing, { AccessLevel: 'Administrator' }, { AccessLevel: 'Learner' }),
    ).toEqual([{ attribute: 'access_level', existing: 'Team_Leader', planned: 'Administrator' }]);
  });
});

describe('differencesFromPlan comparing text', () => {
  const held = {
    ...existing,
    FirstName: ' Ada ',
    JobTitle: 'Team_Leader',
    City: null,
    Country: '',
  } as unknown as LitmosUser;

  it('ignores surrounding blanks in every text field, on either side', () => {
    const padded = { ...held, UserName: ' Ada@Example.com ' } as unknown as LitmosUser;
    expect(differencesFromPlan(padded, { UserName: 'ada@example.com', LastName: ' Lovelace ' })).toEqual([]);
    expect(
      differencesFromPlan(held, {
        FirstName: 'Ada',
        UserName: ' ada@example.com ',
        Email: 'Ada@Example.com ',
      }),
    ).toEqual([]);
  });

  it('compares names other than the username and e-mail with their case', () => {
    expect(differencesFromPlan(held, { FirstName: 'ADA' })).toEqual([
      { attribute: 'first_name', existing: ' Ada ', planned: 'ADA' },
    ]);
    expect(differencesFromPlan(held, { UserName: 'ada@example.org' }).map((d) => d.attribute)).toEqual([
      'username',
    ]);
  });

  it('reads Team_Leader as Learner only in the access level', () => {
    expect(differencesFromPlan(held, { JobTitle: 'Learner' })).toEqual([
      { attribute: 'job_title', existing: 'Team_Leader', planned: 'Learner' },
    ]);
  });

  it('takes an empty planned text as equal to a field Litmos holds empty, null or not at all', () => {
    expect(differencesFromPlan(held, { City: '', Country: '', State: '', JobTitle: 'Team_Leader' })).toEqual(
      [],
    );
    expect(differencesFromPlan(held, { JobTitle: '' })).toEqual([
      { attribute: 'job_title', existing: 'Team_Leader', planned: '' },
    ]);
  });

  it('reports a field Litmos holds null, or not at all, as null', () => {
    expect(differencesFromPlan(held, { City: 'Paris', State: 'Île-de-France' })).toEqual([
      { attribute: 'city', existing: null, planned: 'Paris' },
      { attribute: 'state', existing: null, planned: 'Île-de-France' },
    ]);
  });
});

describe('sampleUserAddress', () => {
  it('makes a valid resource name from the username', () => {
    expect(sampleUserAddress('ada.lovelace@example.com')).toBe('litmos_user.ada_lovelace');
    expect(sampleUserAddress('42@example.com')).toBe('litmos_user.user_42');
    expect(sampleUserAddress('@@')).toBe('litmos_user.user');
    expect(sampleUserAddress('Ada..Lovelace+x@example.com')).toBe('litmos_user.ada_lovelace_x');
    expect(sampleUserAddress('__ada__@example.com')).toBe('litmos_user.ada');
    expect(sampleUserAddress('.-ada.@example.com')).toBe('litmos_user.user_-ada');
  });
});
