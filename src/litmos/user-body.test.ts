import { createUserBody, updateUserBody, USER_FIELD_ORDER } from './user-body.js';
import type { LitmosUser } from './types.js';

describe('createUserBody', () => {
  it('fills the defaults and sends read-only fields empty', () => {
    const body = createUserBody({ UserName: 'ada@example.com', FirstName: 'Ada', LastName: 'L' });
    expect(body).toMatchObject({
      Id: '',
      FullName: '',
      AccessLevel: 'Learner',
      Active: true,
      IsCustomUsername: false,
      LastLogin: '',
      LoginKey: '',
    });
  });

  it('marks a user name that is not an e-mail as custom', () => {
    expect(createUserBody({ UserName: 'ada.l', FirstName: 'Ada', LastName: 'L' }).IsCustomUsername).toBe(
      true,
    );
  });

  it('lists fields in the contract order', () => {
    const keys = Object.keys(
      createUserBody({ UserName: 'a@b.co', FirstName: 'A', LastName: 'B', City: 'X' }),
    );
    const positions = keys.map((k) => (USER_FIELD_ORDER as readonly string[]).indexOf(k));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('updateUserBody', () => {
  it('keeps current fields, applies changes, forces the URL id and blanks the password', () => {
    const current = {
      Id: 'other',
      UserName: 'a@b.co',
      FirstName: 'A',
      LastName: 'B',
      Active: true,
      Password: 'x',
    };
    const body = updateUserBody('u1', current as unknown as LitmosUser, { Active: false, City: undefined });
    expect(body).toMatchObject({ Id: 'u1', UserName: 'a@b.co', Active: false, Password: '' });
    expect('City' in body).toBe(false);
  });
});
