/**
 * Decoding of response bodies: JSON as sent (no HTML-entity decoding: no recorded Litmos body
 * carries an entity, and a name such as `R&amp;D` must reach the user unaltered), XML by its
 * syntax, and dates that come either as ISO strings or as WCF `/Date(ms±zzzz)/`. Nothing here
 * throws on odd text: an unknown or out-of-range character reference is kept as written.
 */

const XML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** A code point that may appear in text: not a surrogate, at most U+10FFFF. */
function isCharCode(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff);
}

/** Resolves XML's five predefined entities and numeric character references. Never throws. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X';
      const code = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return isCharCode(code) ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name] ?? whole;
  });
}

/** Parses a Litmos date (ISO, or `/Date(1497801750508)/`, or `/Date(1497801750508-0700)/`). */
export function parseLitmosDate(value: string | null | undefined): Date | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const wcf = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(value.trim());
  if (wcf) return new Date(Number(wcf[1]));
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
