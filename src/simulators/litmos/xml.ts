/**
 * A tiny XML writer and reader for the flat shapes the Litmos API uses: a root element holding
 * records of scalar fields (`<Users><User><Id>…</Id>…</User></Users>`), or one such record.
 */

export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

type Scalar = string | number | boolean | null | undefined;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

function fields(record: object): string {
  return Object.entries(record as Record<string, Scalar>)
    .map(([name, value]) =>
      value === null || value === undefined
        ? `<${name} i:nil="true"/>`
        : `<${name}>${escapeXml(String(value))}</${name}>`,
    )
    .join('');
}

/** `<Root xmlns:i="…"><Item>…</Item>…</Root>` */
export function xmlList(root: string, item: string, records: readonly object[]): string {
  const items = records.map((r) => `<${item}>${fields(r)}</${item}>`).join('');
  return `<?xml version="1.0" encoding="utf-8"?><${root} xmlns:i="${XSI_NAMESPACE}">${items}</${root}>`;
}

/** `<Root xmlns:i="…">fields</Root>` */
export function xmlRecord(root: string, record: object): string {
  return `<?xml version="1.0" encoding="utf-8"?><${root} xmlns:i="${XSI_NAMESPACE}">${fields(record)}</${root}>`;
}

export interface XmlElement {
  readonly name: string;
  readonly children: XmlElement[];
  text: string;
  nil: boolean;
}

/** Parses well-formed XML into elements (attributes other than `i:nil` are ignored). */
export function parseXml(xml: string): XmlElement {
  const tag =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  for (const m of xml.matchAll(tag)) {
    const [, closing, opening, attrs, selfClosing, text] = m;
    if (opening !== undefined) {
      const el: XmlElement = {
        name: localName(opening),
        children: [],
        text: '',
        nil: /\bnil\s*=\s*"true"/.test(attrs ?? ''),
      };
      const parent = stack.at(-1);
      if (parent) parent.children.push(el);
      else if (root === undefined) root = el;
      else throw new Error('XML has more than one root element');
      if (selfClosing !== '/') stack.push(el);
    } else if (closing !== undefined) {
      const open = stack.pop();
      if (open === undefined || open.name !== localName(closing)) throw new Error(`Unexpected </${closing}>`);
    } else if (text !== undefined) {
      const current = stack.at(-1);
      if (current) current.text += unescapeXml(text);
      else if (text.trim() !== '') throw new Error('Text outside the root element');
    }
  }
  if (root === undefined || stack.length > 0) throw new Error('XML is empty or not closed');
  return root;
}

function localName(name: string): string {
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
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
