/**
 * Defensive reading of answers from routes nobody has recorded (`/users/details`,
 * `/teams/{id}/leaders|admins`, `/users/{id}/courses`, `/users/{id}/teams`, `GET /courses`,
 * `/courses/{id}/users`): the documented fields are kept, fields the client does not know are
 * dropped, a missing field reads as null, `""` and null both pass, and a value of an unexpected
 * type reads as null instead of failing. Only the fields that identify a row are required.
 */
import { LitmosError } from './errors.js';

export type FieldKind = 'string' | 'number' | 'boolean';

/** `T` as a tolerant read gives it: the `Required` fields as declared, every other one nullable. */
export type Tolerant<T, Required extends keyof T> = {
  [K in keyof T]: K extends Required ? T[K] : T[K] | null;
};

export type FieldKinds<T> = { readonly [K in keyof T]-?: FieldKind };

function readField(value: unknown, kind: FieldKind): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === kind) return value as string | number | boolean;
  if (kind === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  if (kind === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (kind === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  return null;
}

/**
 * One row of an unrecorded route. `required` fields must be non-empty strings (a row without
 * them cannot be used): otherwise `INVALID_RESPONSE` naming the route.
 */
export function readTolerant<T, Required extends keyof T>(
  raw: unknown,
  kinds: FieldKinds<T>,
  required: readonly Required[],
  what: string,
): Tolerant<T, Required> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new LitmosError('INVALID_RESPONSE', `Litmos ${what} returned a row that is not an object`);
  }
  const source = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(kinds) as [string, FieldKind][])
    out[name] = readField(source[name], kind);
  for (const name of required) {
    const value = out[name as string];
    if (typeof value !== 'string' || value === '') {
      throw new LitmosError('INVALID_RESPONSE', `Litmos ${what} returned a row without ${String(name)}`);
    }
  }
  return out as Tolerant<T, Required>;
}

export function readTolerantRows<T, Required extends keyof T>(
  rows: readonly unknown[],
  kinds: FieldKinds<T>,
  required: readonly Required[],
  what: string,
): Tolerant<T, Required>[] {
  return rows.map((row) => readTolerant(row, kinds, required, what));
}
