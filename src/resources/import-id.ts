/**
 * Import IDs made of two parts, `<a>/<b>` (`<team_id>/<user_id>`, `<app_id>/<connector_id>`, …),
 * parsed in one place with one error message naming the expected form.
 */
import type { Diagnostics } from '../tf/diagnostics.js';

/** The two parts of `id`, or null for any other form. */
export function splitImportId(id: string): [string, string] | null {
  const parts = id.trim().split('/');
  if (parts.length !== 2 || parts.some((p) => p.trim() === '')) return null;
  return [parts[0]!, parts[1]!];
}

/** Like `splitImportId`, adding an "Invalid Import ID" error that shows `form` and an example. */
export function parseImportId(
  id: string,
  form: { readonly parts: readonly [string, string]; readonly address: string },
  diags: Diagnostics,
): [string, string] | null {
  const parts = splitImportId(id);
  if (!parts) {
    const expected = `<${form.parts[0]}>/<${form.parts[1]}>`;
    diags.error(
      'Invalid Import ID',
      `Expected ${JSON.stringify(expected)}, got ${JSON.stringify(id)}. Example: terraform import ${form.address} abc123/def456`,
    );
  }
  return parts;
}
