/**
 * The profile fields of a Litmos user that Terraform manages, as pairs of attribute name and API
 * field. They are optional and computed: left out of the configuration, a field is not managed
 * (Okta or an administrator may own it); set, it is enforced.
 */
import { lengthBetween, str } from '../framework/index.js';
import type { AttributeSpec } from '../framework/index.js';
import type { LitmosUser } from '../litmos/index.js';

type StringField = {
  [K in keyof LitmosUser]-?: NonNullable<LitmosUser[K]> extends string ? K : never;
}[keyof LitmosUser];

export const profileFields = {
  job_title: ['JobTitle', 'Job title.', 255],
  company_name: ['CompanyName', 'Company name.', 255],
  phone_work: ['PhoneWork', 'Work phone number.', 50],
  phone_mobile: ['PhoneMobile', 'Mobile phone number, in the form +15554443333.', 50],
  skype: ['Skype', 'Skype name.', 100],
  street1: ['Street1', 'Street address, first line.', 100],
  street2: ['Street2', 'Street address, second line.', 100],
  city: ['City', 'City.', 100],
  state: ['State', 'State or region.', 100],
  postal_code: ['PostalCode', 'Postal code.', 50],
  country: ['Country', 'Country.', 100],
  culture: [
    'Culture',
    'Language and formatting culture, e.g. `en-US`. Litmos fills the organisation default.',
    20,
  ],
  time_zone: [
    'TimeZone',
    'Windows time-zone name, e.g. `UTC` or `Pacific Standard Time`. Litmos fills the organisation default.',
    100,
  ],
  website: ['Website', 'Website URL.', 255],
  twitter: ['Twitter', 'Twitter handle.', 100],
  custom_field_1: ['CustomField1', 'Legacy custom field 1.', 255],
  custom_field_2: ['CustomField2', 'Legacy custom field 2.', 255],
  custom_field_3: ['CustomField3', 'Legacy custom field 3.', 255],
  custom_field_4: ['CustomField4', 'Legacy custom field 4.', 255],
  custom_field_5: ['CustomField5', 'Legacy custom field 5.', 255],
  custom_field_6: ['CustomField6', 'Legacy custom field 6.', 255],
  custom_field_7: ['CustomField7', 'Legacy custom field 7.', 255],
  custom_field_8: ['CustomField8', 'Legacy custom field 8.', 255],
  custom_field_9: ['CustomField9', 'Legacy custom field 9.', 255],
  custom_field_10: ['CustomField10', 'Legacy custom field 10.', 255],
} as const satisfies Record<string, readonly [StringField, string, number]>;

export type ProfileAttribute = keyof typeof profileFields;

const profileAttribute = ([, description, max]: readonly [string, string, number]): AttributeSpec<string> =>
  str({
    description: `${description} Not managed when left out of the configuration.`,
    optional: true,
    computed: true,
    validators: [lengthBetween(1, max)],
  });

export const profileAttributes = Object.fromEntries(
  Object.entries(profileFields).map(([name, spec]) => [name, profileAttribute(spec)]),
) as { readonly [K in ProfileAttribute]: AttributeSpec<string> };

/** An API string field as a Terraform value: empty means unset. */
export const blankToNull = (v: string | null | undefined): string | null =>
  v === undefined || v === null || v === '' ? null : v;
