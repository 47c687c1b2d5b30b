/**
 * Rules shared by the Litmos data sources: the "exactly one of" check for single lookups, the
 * client-side name filter of list data sources, exact-name matching, and the stable `id` of a
 * list data source.
 */
import { createHash } from 'node:crypto';
import { isLitmosError } from '../litmos/index.js';
import { addLitmosError } from '../resources/litmos-errors.js';
import type { Diagnostics } from '../tf/diagnostics.js';
import { AttrPath } from '../tf/path.js';
import { Unknown } from '../tf/value.js';

/** A configuration value during validation: set, null, or not yet known. */
type ConfigValue = string | null | Unknown;

/**
 * Reports an error unless exactly one of the two attributes is set. An unknown value counts as
 * set (it will be known by the time the data source is read). Returns true when the rule holds.
 */
export function requireExactlyOne(
  config: Readonly<Record<string, unknown>>,
  [first, second]: readonly [string, string],
  diags: Diagnostics,
): boolean {
  const isSet = (name: string): boolean => {
    const v = config[name] as ConfigValue | undefined;
    return v !== null && v !== undefined;
  };
  const a = isSet(first);
  const b = isSet(second);
  if (a && b) {
    diags.error(
      'Conflicting Lookup Attributes',
      `Set either ${first} or ${second}, not both: the lookup uses exactly one of them.`,
      AttrPath.root(second),
    );
    return false;
  }
  if (!a && !b) {
    diags.error(
      'Missing Lookup Attribute',
      `Set exactly one of ${first} or ${second} to say which object to look up.`,
      AttrPath.root(first),
    );
    return false;
  }
  return true;
}

/** True when `filter` is null or a case-insensitive substring of any of the fields. */
export function matchesFilter(
  filter: string | null,
  fields: readonly (string | null | undefined)[],
): boolean {
  if (filter === null || filter === '') return true;
  const wanted = filter.toLowerCase();
  return fields.some((f) => typeof f === 'string' && f.toLowerCase().includes(wanted));
}

/**
 * The items whose name equals `name`: exact-case matches when there are any, else the
 * case-insensitive ones (Litmos treats names case-insensitively, its search included).
 */
export function exactNameMatches<T>(items: readonly T[], name: string, nameOf: (item: T) => string): T[] {
  const exact = items.filter((i) => nameOf(i) === name);
  if (exact.length > 0) return exact;
  const lower = name.toLowerCase();
  return items.filter((i) => nameOf(i).toLowerCase() === lower);
}

/** A stable identifier for a list data source read: a short hash of its type and inputs. */
export function listReadId(typeName: string, inputs: readonly unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify([typeName, ...inputs]))
    .digest('hex')
    .slice(0, 16);
}

/** Diagnostic for a name that matched nothing. */
export function addNotFound(diags: Diagnostics, kind: string, attribute: string, value: string): void {
  diags.error(
    `Litmos ${kind} Not Found`,
    `No Litmos ${kind.toLowerCase()} has the ${attribute.replace('_', ' ')} ${JSON.stringify(value)}. ` +
      `Check the value; the ${kind.toLowerCase()} may have been renamed or deleted in Litmos.`,
    AttrPath.root(attribute),
  );
}

/** Diagnostic for a name that matched several objects. */
export function addAmbiguous(
  diags: Diagnostics,
  kind: string,
  attribute: string,
  value: string,
  ids: readonly string[],
): void {
  diags.error(
    `Several Litmos ${kind}s Match`,
    `${ids.length} Litmos ${kind.toLowerCase()}s have the ${attribute.replace('_', ' ')} ${JSON.stringify(value)} ` +
      `(IDs: ${ids.join(', ')}). Set id to one of these IDs instead of ${attribute}.`,
    AttrPath.root(attribute),
  );
}

/**
 * The one item whose name is `value`, or undefined after reporting "not found" or "several
 * match" (with their IDs) on the attribute.
 */
export function singleByName<T extends { readonly Id: string }>(
  items: readonly T[],
  value: string,
  nameOf: (item: T) => string,
  where: { readonly kind: string; readonly attribute: string; readonly diags: Diagnostics },
): T | undefined {
  const matches = exactNameMatches(items, value, nameOf);
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) addNotFound(where.diags, where.kind, where.attribute, value);
  else
    addAmbiguous(
      where.diags,
      where.kind,
      where.attribute,
      value,
      matches.map((m) => m.Id),
    );
  return undefined;
}

/** True when an object read by ID is the one asked for (Litmos IDs compare case-insensitively). */
export const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** How to find one kind of named Litmos object. */
export interface NamedLookup<T extends { readonly Id: string; readonly Name: string }> {
  /** Kind for messages: `Team`, `Course`. */
  readonly kind: string;
  readonly get: (id: string) => Promise<T>;
  readonly search: (name: string) => Promise<T[]>;
  /**
   * The whole object from a search row (when the single GET leaves out fields the row has).
   * @default reads it again by ID
   */
  readonly complete?: (row: T) => Promise<T>;
}

/**
 * The object with this `id`, or with exactly this `name` (read again by ID, since list rows may
 * leave out fields). Not found, several matches and API errors become diagnostics and null.
 */
export async function lookupByIdOrName<T extends { readonly Id: string; readonly Name: string }>(
  lookup: NamedLookup<T>,
  { id, name }: { readonly id: string | null; readonly name: string | null },
  diags: Diagnostics,
): Promise<T | null> {
  try {
    if (id !== null) {
      const found = await lookup.get(id);
      if (sameId(found.Id, id)) return found;
      addNotFound(diags, lookup.kind, 'id', id);
      return null;
    }
    const match = singleByName(await lookup.search(name!), name!, (x) => x.Name, {
      kind: lookup.kind,
      attribute: 'name',
      diags,
    });
    if (!match) return null;
    return lookup.complete ? await lookup.complete(match) : await lookup.get(match.Id);
  } catch (e) {
    if (id !== null && isLitmosError(e, 'NOT_FOUND')) {
      addNotFound(diags, lookup.kind, 'id', id);
      return null;
    }
    addLitmosError(diags, `Looking up Litmos ${lookup.kind.toLowerCase()} ${JSON.stringify(id ?? name)}`, e);
    return null;
  }
}

/**
 * The objects whose name matches `filter`: searched by the API, then checked again here (the API's
 * search is looser). `kind` names them in messages (`teams`). Null after an error diagnostic.
 */
export async function listByName<T extends { readonly Name: string }>(
  kind: string,
  filter: string | null,
  search: (text: string | undefined) => Promise<T[]>,
  diags: Diagnostics,
): Promise<T[] | null> {
  try {
    return (await search(filter ?? undefined)).filter((x) => matchesFilter(filter, [x.Name]));
  } catch (e) {
    addLitmosError(diags, `Listing Litmos ${kind}`, e);
    return null;
  }
}
