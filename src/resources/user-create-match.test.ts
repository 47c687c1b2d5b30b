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

describe('sampleUserAddress', () => {
  it('makes a valid resource name from the username', () => {
    expect(sampleUserAddress('ada.lovelace@example.com')).toBe('litmos_user.ada_lovelace');
    expect(sampleUserAddress('42@example.com')).toBe('litmos_user.user_42');
    expect(sampleUserAddress('@@')).toBe('litmos_user.user');
  });
});
