/**
 * Request bodies for `POST /users` and `PUT /users/{id}`. Litmos reads them as WCF data contracts
 * in a fixed field order (documented as order-sensitive for XML), and a PUT replaces the whole
 * user, so bodies are always complete and always in this order.
 */
import type { LitmosUser, LitmosUserInput } from './types.js';

export const USER_FIELD_ORDER = [
  'Id',
  'UserName',
  'FirstName',
  'LastName',
  'FullName',
  'Email',
  'AccessLevel',
  'DisableMessages',
  'Active',
  'Skype',
  'PhoneWork',
  'PhoneMobile',
  'LastLogin',
  'LoginKey',
  'IsCustomUsername',
  'Password',
  'SkipFirstLogin',
  'TimeZone',
  'Street1',
  'Street2',
  'City',
  'State',
  'PostalCode',
  'Country',
  'CompanyName',
  'JobTitle',
  'CustomField1',
  'CustomField2',
  'CustomField3',
  'CustomField4',
  'CustomField5',
  'CustomField6',
  'CustomField7',
  'CustomField8',
  'CustomField9',
  'CustomField10',
  'Culture',
  'Brand',
  'ManagerId',
  'ManagerName',
  'EnableTextNotification',
  'Website',
  'Twitter',
  'ExpirationDate',
] as const satisfies readonly (keyof LitmosUser)[];

const EMAIL_LIKE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function looksLikeEmail(value: string): boolean {
  return EMAIL_LIKE.test(value);
}

/**
 * The body of a create. Read-only fields are sent empty; `AccessLevel` defaults to `Learner`,
 * `Active` to true, and `IsCustomUsername` to true exactly when the user name is not an e-mail.
 */
export function createUserBody(input: LitmosUserInput): Record<string, unknown> {
  const filled: Record<string, unknown> = {
    Email: '',
    AccessLevel: 'Learner',
    DisableMessages: false,
    Active: true,
    IsCustomUsername: !looksLikeEmail(input.UserName),
    SkipFirstLogin: false,
    TimeZone: '',
    ...stripUndefined(input),
    Id: '',
    FullName: '',
    LastLogin: '',
    LoginKey: '',
  };
  return ordered(filled);
}

/** The body of an update: the current user with the changes on top; the Id is the URL's. */
export function updateUserBody(id: string, current: LitmosUser, changes: object): Record<string, unknown> {
  return ordered({ ...current, ...stripUndefined(changes), Id: id, Password: '' });
}

/** Known fields in contract order, then any field this client does not know, as received. */
function ordered(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of USER_FIELD_ORDER) if (name in fields) out[name] = fields[name];
  for (const [name, value] of Object.entries(fields)) if (!(name in out)) out[name] = value;
  return out;
}

function stripUndefined(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
