/** Validation of user bodies on create and update, with the messages Litmos uses. */
import { ACCESS_LEVELS, type LitmosUser, type LitmosUserReadOnlyField } from '../../litmos/types.js';
import { badRequest, conflict } from './http-error.js';

/** The writable part of a user. */
export type UserFields = Omit<LitmosUser, LitmosUserReadOnlyField | 'Password'>;

const BOOLEAN_FIELDS = [
  'DisableMessages',
  'Active',
  'IsCustomUsername',
  'SkipFirstLogin',
  'EnableTextNotification',
] as const satisfies readonly (keyof UserFields)[];

const TEXT_FIELDS = [
  'Skype',
  'PhoneWork',
  'PhoneMobile',
  'TimeZone',
  'SalesforceId',
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
  'SalesforceContactId',
  'SalesforceAccountId',
  'Brand',
  'ManagerId',
  'ManagerName',
  'Website',
  'Twitter',
  'ExpirationDate',
] as const satisfies readonly (keyof UserFields)[];

/**
 * The text fields a body may leave out. What Litmos stores for a left-out field depends on how
 * the user came to be (see `LitmosStore.createUser`), so `validateUser` does not fill them.
 */
export const OPTIONAL_TEXT_FIELDS = TEXT_FIELDS;

const EMAIL_LIKE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const USERNAME_CHARS = /^[^\s<>"'&]+$/;

/** The checked fields of a body: text fields the body left out are absent. */
export type CheckedUserFields = Omit<UserFields, (typeof TEXT_FIELDS)[number]> &
  Partial<Record<(typeof TEXT_FIELDS)[number], string | null>>;

/**
 * Checks a create/update body and returns its writable fields; throws 400/409 like Litmos.
 * Fields Litmos does not know (`JobRole`, … — documented, never recorded) are ignored, as WCF
 * ignores unknown data members.
 */
export function validateUser(raw: Readonly<Record<string, unknown>>): CheckedUserFields {
  const text = (name: string, required: boolean): string => {
    const value = raw[name];
    if (value === undefined || value === null) {
      if (required)
        throw badRequest(`Please check the xml/json in the body of the request. ${name} is required.`);
      return '';
    }
    if (typeof value !== 'string')
      throw badRequest(`Please check the xml/json in the body of the request. ${name} must be text.`);
    return value;
  };
  const userName = text('UserName', true).trim();
  const firstName = text('FirstName', true);
  const lastName = text('LastName', true);
  if (firstName.trim() === '' || lastName.trim() === '') {
    throw badRequest(
      'Please check the xml/json in the body of the request. FirstName and LastName are required.',
    );
  }
  if (userName.length <= 3) throw conflict('Username must be greater than 3 characters');
  if (!USERNAME_CHARS.test(userName)) throw conflict("Invalid special character's in the username");

  const booleans: Partial<Record<(typeof BOOLEAN_FIELDS)[number], boolean>> = {};
  for (const name of BOOLEAN_FIELDS) {
    const value = raw[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'boolean')
      throw badRequest(
        `Please check the xml/json in the body of the request. ${name} must be true or false.`,
      );
    booleans[name] = value;
  }
  const isCustomUsername = booleans.IsCustomUsername ?? false;
  let email = text('Email', false).trim();
  if (email === '' && !isCustomUsername) email = userName;
  if (email !== '' && !EMAIL_LIKE.test(email)) throw conflict('Invalid email address');

  const accessLevel = text('AccessLevel', false) || 'Learner';
  if (!(ACCESS_LEVELS as readonly string[]).includes(accessLevel)) {
    throw badRequest(
      `Please check the xml/json in the body of the request. AccessLevel "${accessLevel}" is invalid.`,
    );
  }

  const texts: Partial<Record<(typeof TEXT_FIELDS)[number], string | null>> = {};
  for (const name of TEXT_FIELDS) {
    const value = raw[name];
    if (value === undefined) continue;
    if (value !== null && typeof value !== 'string') {
      throw badRequest(`Please check the xml/json in the body of the request. ${name} must be text.`);
    }
    texts[name] = value;
  }

  return {
    ...texts,
    UserName: userName,
    FirstName: firstName,
    LastName: lastName,
    Email: email,
    AccessLevel: accessLevel,
    DisableMessages: booleans.DisableMessages ?? false,
    Active: booleans.Active ?? true,
    IsCustomUsername: isCustomUsername,
    SkipFirstLogin: booleans.SkipFirstLogin ?? false,
    EnableTextNotification: booleans.EnableTextNotification ?? false,
  };
}
