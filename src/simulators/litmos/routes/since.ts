/**
 * The `since` filter of `GET /users/details`: users created after a moment given as
 * `yyyy-MM-dd`, `yyyy-MM-dd HH:mm` or `yyyy-MM-dd HH:mm:ss` (read as UTC). Any other format is
 * answered 406, as Litmos does.
 */
import { SimHttpError } from '../http-error.js';

const SINCE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Parses a `since` value to epoch milliseconds, or throws the API's 406. */
export function parseSince(raw: string): number {
  const match = SINCE_FORMAT.exec(raw.trim());
  const invalid = new SimHttpError(
    406,
    'The since parameter must be formatted as yyyy-MM-dd HH:mm:ss, yyyy-MM-dd HH:mm or yyyy-MM-dd.',
  );
  if (!match) throw invalid;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const ms = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour, minute, second);
  const check = new Date(ms);
  if (check.getUTCMonth() !== (month ?? 1) - 1 || check.getUTCDate() !== day) throw invalid;
  return ms;
}

/** The users created strictly after `since`, or all of them when the parameter is absent. */
export function createdSince<T extends { readonly CreatedDate?: string }>(
  users: readonly T[],
  query: URLSearchParams,
): T[] {
  const raw = query.get('since');
  if (raw === null || raw === '') return [...users];
  const since = parseSince(raw);
  return users.filter((u) => {
    const created = Date.parse(u.CreatedDate ?? '');
    return Number.isFinite(created) && created > since;
  });
}
