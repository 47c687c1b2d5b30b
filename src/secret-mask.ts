/**
 * Finding a secret inside text however it was echoed: verbatim, JSON-escaped, URL-encoded
 * (`encodeURIComponent` or form encoding with `+`, percent escapes in either letter case), and in
 * any letter case. Shared by the log redaction and by both API clients' error messages.
 */

/** Shorter strings are not treated as secrets: masking them would garble ordinary text. */
export const MIN_SECRET_LENGTH = 4;

/** The spellings of `secret` that an echo may use. */
export function secretSpellings(secret: string): string[] {
  const spellings = new Set<string>([
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
  ]);
  return [...spellings].filter((s) => s.length >= MIN_SECRET_LENGTH);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One case-insensitive pattern for every spelling of every secret, longest first; undefined when none. */
export function secretPattern(secrets: Iterable<string>): RegExp | undefined {
  const spellings = new Set<string>();
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) for (const s of secretSpellings(secret)) spellings.add(s);
  }
  if (spellings.size === 0) return undefined;
  const alternatives = [...spellings].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(alternatives.join('|'), 'giu');
}

/** `text` with every spelling of every secret replaced by `mask`. */
export function maskSecrets(text: string, secrets: Iterable<string>, mask: string): string {
  const pattern = secretPattern(secrets);
  return pattern === undefined ? text : text.replace(pattern, mask);
}
