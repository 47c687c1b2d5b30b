/**
 * Decoding of response bodies. Litmos JSON may carry HTML entities inside string values
 * (`&amp;`), and dates come either as ISO strings or as WCF `/Date(ms±zzzz)/`.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Deep copy of a parsed JSON value with entities decoded in every string. */
export function decodeStrings(value: unknown): unknown {
  if (typeof value === 'string') return decodeHtmlEntities(value);
  if (Array.isArray(value)) return value.map(decodeStrings);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = decodeStrings(v);
    return out;
  }
  return value;
}

/** Parses a Litmos date (ISO, or `/Date(1497801750508)/`, or `/Date(1497801750508-0700)/`). */
export function parseLitmosDate(value: string | null | undefined): Date | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const wcf = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(value.trim());
  if (wcf) return new Date(Number(wcf[1]));
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
