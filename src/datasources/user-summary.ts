/** The summary fields of a Litmos user as data-source attributes, shared by `litmos_user(s)`. */
import { bool, str } from '../framework/index.js';
import type { LitmosUserSummary } from '../litmos/index.js';

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
