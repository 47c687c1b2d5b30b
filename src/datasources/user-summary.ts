/** The summary fields of a Litmos user as data-source attributes, shared by `litmos_user(s)`. */
import { bool, str } from '../framework/index.js';
import type { LitmosUser, LitmosUserSummary } from '../litmos/index.js';
import { blankToNull, profileFields, type ProfileAttribute } from '../resources/user-fields.js';

export const userSummaryAttributes = {
  email: str({ description: 'E-mail address; null when empty.', computed: true }),
  first_name: str({ description: 'First name.', computed: true }),
  last_name: str({ description: 'Last name.', computed: true }),
  access_level: str({
    description: 'Access level: `Learner`, `Team_Leader`, `Administrator` or `Account_Owner`.',
    computed: true,
  }),
  active: bool({ description: 'Whether the user can sign in.', computed: true }),
};

export interface UserSummaryModel {
  email: string | null;
  first_name: string;
  last_name: string;
  access_level: string;
  active: boolean;
}

export function userSummaryFromApi(u: LitmosUserSummary): UserSummaryModel {
  return {
    email: u.Email ? u.Email : null,
    first_name: u.FirstName,
    last_name: u.LastName,
    access_level: u.AccessLevel,
    active: u.Active,
  };
}

/** The full-profile fields of a user (`GET /users/details`), as computed data-source attributes. */
export const userDetailAttributes = {
  disable_messages: bool({ description: 'Whether Litmos sends no e-mail to the user.', computed: true }),
  skip_first_login: bool({
    description: 'Whether the first sign-in skips setting a password.',
    computed: true,
  }),
  ...(Object.fromEntries(
    Object.entries(profileFields).map(([attr, [, description]]) => [
      attr,
      str({ description: `${description} Null when empty.`, computed: true }),
    ]),
  ) as { readonly [K in ProfileAttribute]: ReturnType<typeof str> }),
};

export type UserDetailModel = { disable_messages: boolean | null; skip_first_login: boolean | null } & Record<
  ProfileAttribute,
  string | null
>;

/** The detail attributes of a full user; every one null for a summary (details not asked for). */
export function userDetailsFromApi(u: LitmosUser | null): UserDetailModel {
  const profile = Object.fromEntries(
    Object.entries(profileFields).map(([attr, [field]]) => [
      attr,
      u ? blankToNull(u[field] as string | null | undefined) : null,
    ]),
  ) as Record<ProfileAttribute, string | null>;
  return {
    disable_messages: u ? u.DisableMessages : null,
    skip_first_login: u ? u.SkipFirstLogin : null,
    ...profile,
  };
}
