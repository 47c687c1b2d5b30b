/**
 * Reading the XML Litmos answers by default (`<Users xmlns:i="…"><User><Id>…</Id>…</User></Users>`,
 * or one `<User>…</User>`): flat records of scalar fields, `i:nil="true"` for null. The client
 * asks for JSON, but reads XML too when a server answers with it (the XML recordings, and the
 * endpoints the [TF] SDK says do not honour `format=json`).
 */
import { decodeXmlText } from './decode.js';

export interface XmlElement {
  readonly name: string;
  readonly children: XmlElement[];
  text: string;
  nil: boolean;
}

const TOKEN =
  /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;

/** Parses well-formed XML into elements (attributes other than `i:nil` are ignored). Throws on malformed XML. */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let consumed = 0;
  for (const m of xml.matchAll(TOKEN)) {
    if (m.index !== consumed) throw new Error(`Unreadable XML at offset ${consumed}`);
    consumed = m.index + m[0].length;
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
      if (current) current.text += decodeXmlText(text);
      else if (text.trim() !== '') throw new Error('Text outside the root element');
    }
  }
  if (consumed !== xml.length) throw new Error(`Unreadable XML at offset ${consumed}`);
  if (root === undefined || stack.length > 0) throw new Error('XML is empty or not closed');
  return root;
}

function localName(name: string): string {
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}

/** Roots that hold a list even when it is empty (`<Users xmlns:i="…"/>`). */
const LIST_ROOTS = new Set(['Users', 'Teams', 'Courses', 'Modules']);

/** Fields read as booleans and numbers; every other field stays text (XML carries no types). */
const BOOLEAN_FIELDS = new Set([
  'Active',
  'DisableMessages',
  'IsCustomUsername',
  'SkipFirstLogin',
  'EnableTextNotification',
  'ForSale',
  'CourseTeamLibrary',
  'Completed',
  'Complete',
  'UpToDate',
  'Overdue',
  'IsLearningPath',
]);
const NUMBER_FIELDS = new Set(['OriginalId', 'Points', 'Price', 'AccessTillDays', 'PercentageComplete']);

type Scalar = string | number | boolean | null;

function scalar(field: XmlElement): Scalar {
  if (field.nil) return null;
  const text = field.text;
  if (BOOLEAN_FIELDS.has(field.name)) {
    const t = text.trim().toLowerCase();
    if (t === 'true' || t === 'false') return t === 'true';
  }
  if (NUMBER_FIELDS.has(field.name) && text.trim() !== '') {
    const n = Number(text.trim());
    if (Number.isFinite(n)) return n;
  }
  return text;
}

function record(el: XmlElement): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const field of el.children) out[field.name] = scalar(field);
  return out;
}

/**
 * The value a JSON body would have held: an array of records for a list root (or a root whose
 * children have children), else one record.
 */
export function xmlToValue(root: XmlElement): Record<string, Scalar> | Record<string, Scalar>[] {
  const isList = LIST_ROOTS.has(root.name) || root.children.some((c) => c.children.length > 0);
  return isList ? root.children.map(record) : record(root);
}
