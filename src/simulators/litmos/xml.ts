/**
 * The XML the simulated API writes, shaped like the recorded answers: the root element first (no
 * `<?xml …?>` declaration), `xmlns:i` as its only namespace, records of scalar fields with
 * `i:nil="true"` for null ([REC] `litmos-sdk/users-get-asset-raw.xml`, `users-id-get-asset-raw.xml`).
 * Request bodies are read with the client's parser.
 */
import type { XmlElement } from '../../litmos/xml.js';

export { parseXml, type XmlElement } from '../../litmos/xml.js';

export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

type Scalar = string | number | boolean | null | undefined;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One field: `<Name>text</Name>`, `<Name/>` for "" (as recorded), `<Name i:nil="true"/>` for null. */
function field(name: string, value: Scalar): string {
  if (value === null || value === undefined) return `<${name} i:nil="true"/>`;
  const text = String(value);
  return text === '' ? `<${name}/>` : `<${name}>${escapeXml(text)}</${name}>`;
}

function fields(record: object): string {
  return Object.entries(record as Record<string, Scalar>)
    .map(([name, value]) => field(name, value))
    .join('');
}

/** `<Root xmlns:i="…"><Item>…</Item>…</Root>` */
export function xmlList(root: string, item: string, records: readonly object[]): string {
  const items = records.map((r) => `<${item}>${fields(r)}</${item}>`).join('');
  return `<${root} xmlns:i="${XSI_NAMESPACE}">${items}</${root}>`;
}

/** `<Root xmlns:i="…">fields</Root>` */
export function xmlRecord(root: string, record: object): string {
  return `<${root} xmlns:i="${XSI_NAMESPACE}">${fields(record)}</${root}>`;
}

/** A record element's children as an object of strings, booleans (`true`/`false`) and nulls. */
export function xmlToRecord(el: XmlElement): Record<string, string | boolean | null> {
  const out: Record<string, string | boolean | null> = {};
  for (const child of el.children) {
    const text = child.text.trim();
    out[child.name] = child.nil ? null : text === 'true' ? true : text === 'false' ? false : child.text;
  }
  return out;
}
