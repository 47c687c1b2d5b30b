/**
 * Whether an existing Litmos user is exactly the one a `litmos_user` create would have made. A
 * create meets an existing user after an ambiguous failure (the POST may have made it) or after a
 * crash (the previous run made it and Terraform lost it from state); it may adopt that user only
 * when every field the plan sets is equal, so that a network blip never takes over someone else's
 * account. Pure functions, no I/O.
 */
import type { LitmosUser, LitmosUserUpdate } from '../litmos/index.js';
import { accessLevelAsManaged } from './access-level.js';
import { profileFields } from './user-fields.js';

/** The attribute name of each API field a `litmos_user` plan can set. */
const attributeOfField: Readonly<Record<string, string>> = {
  UserName: 'username',
  Email: 'email',
  FirstName: 'first_name',
  LastName: 'last_name',
  AccessLevel: 'access_level',
  Active: 'active',
  DisableMessages: 'disable_messages',
  ...Object.fromEntries(Object.entries(profileFields).map(([attr, [field]]) => [field, attr])),
};

/** Litmos compares user names and e-mail addresses without regard to case. */
const CASE_INSENSITIVE_FIELDS: ReadonlySet<string> = new Set(['UserName', 'Email']);

export interface FieldDifference {
  readonly attribute: string;
  /** What Litmos holds (`null` for an empty field). */
  readonly existing: unknown;
  readonly planned: unknown;
  /** The configuration left the attribute out: `planned` is what a create makes by default. */
  readonly byDefault?: boolean;
}

/**
 * The fields the plan sets, and the fields a create fills by default (`defaults`, for those the
 * plan leaves out), whose value differs in `existing`; empty when it can be adopted.
 */
export function differencesFromPlan(
  existing: LitmosUser,
  planned: LitmosUserUpdate,
  defaults: LitmosUserUpdate = {},
): FieldDifference[] {
  const out: FieldDifference[] = [];
  const held = existing as unknown as Record<string, unknown>;
  const defaulted = Object.entries(defaults).filter(
    ([field]) => (planned as Record<string, unknown>)[field] === undefined,
  );
  for (const [field, want] of [...Object.entries(planned), ...defaulted]) {
    if (want === undefined) continue;
    const byDefault = defaulted.some(([f]) => f === field);
    let have = held[field];
    if (field === 'AccessLevel' && typeof have === 'string' && typeof want === 'string') {
      have = accessLevelAsManaged(have, want);
    }
    if (!sameValue(field, have, want)) {
      out.push({
        attribute: attributeOfField[field] ?? field,
        existing: have ?? null,
        planned: want,
        ...(byDefault ? { byDefault } : {}),
      });
    }
  }
  return out;
}

function sameValue(field: string, have: unknown, want: unknown): boolean {
  if (typeof have === 'string' && typeof want === 'string') {
    return CASE_INSENSITIVE_FIELDS.has(field)
      ? have.trim().toLowerCase() === want.trim().toLowerCase()
      : have.trim() === want.trim();
  }
  if ((have === undefined || have === null || have === '') && want === '') return true;
  return have === want;
}

/** One line per difference: `access_level: Litmos has "Administrator", the configuration "Learner"`. */
export function describeDifferences(differences: readonly FieldDifference[]): string {
  return differences
    .map(
      (d) =>
        `${d.attribute}: Litmos has ${JSON.stringify(d.existing)}, ` +
        (d.byDefault
          ? `a new user gets ${JSON.stringify(d.planned)} (not configured)`
          : `the configuration ${JSON.stringify(d.planned)}`),
    )
    .join('; ');
}

/**
 * A plausible resource address for the import hint, from the username (`ada.lovelace@x.com` →
 * `litmos_user.ada_lovelace`). Terraform does not send the address to the provider, so the hint
 * shows this and asks for the real one.
 */
export function sampleUserAddress(username: string): string {
  return sampleAddress('litmos_user', username.split('@')[0] ?? '', 'user');
}

/** `resourceType.<name>`, the name made from `text` as a Terraform identifier (`fallback` when empty). */
export function sampleAddress(resourceType: string, text: string, fallback: string): string {
  let name = text
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (name === '') name = fallback;
  if (!/^[a-z_]/.test(name)) name = `${fallback}_${name}`;
  return `${resourceType}.${name}`;
}
