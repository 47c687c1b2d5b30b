/**
 * A small JSON reader that keeps number text exactly (Node 20's `JSON.parse` turns every number
 * into a double, and its reviver cannot see the source text). Objects become `Map`s, so no key
 * (not even `__proto__`) is special, and a repeated key is an error.
 */
export class JsonNumber {
  constructor(readonly text: string) {}
}

export type JsonNode = null | boolean | string | JsonNumber | JsonNode[] | Map<string, JsonNode>;

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON forbids raw control characters inside strings, so the pattern must name them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const MAX_DEPTH = 512;

/** Parses JSON text; throws `SyntaxError` with the offset of the problem. */
export function parseJsonText(text: string): JsonNode {
  const reader = new JsonReader(text);
  const node = reader.value(0);
  reader.skipWhitespace();
  if (!reader.atEnd()) throw reader.error('unexpected data after the JSON value');
  return node;
}

class JsonReader {
  private pos = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  error(message: string): SyntaxError {
    return new SyntaxError(`JSON: ${message} at offset ${this.pos}`);
  }

  skipWhitespace(): void {
    this.match(WHITESPACE);
  }

  value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) throw this.error(`nesting deeper than ${MAX_DEPTH}`);
    this.skipWhitespace();
    const c = this.text[this.pos];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    for (const [word, node] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return node;
      }
    }
    const number = this.match(NUMBER);
    if (number !== undefined) return new JsonNumber(number);
    throw this.error(c === undefined ? 'unexpected end of input' : 'unexpected character');
  }

  private string(): string {
    const token = this.match(STRING);
    if (token === undefined) throw this.error('invalid string');
    return JSON.parse(token) as string;
  }

  private array(depth: number): JsonNode[] {
    this.pos++;
    const items: JsonNode[] = [];
    this.skipWhitespace();
    if (this.eat(']')) return items;
    do {
      items.push(this.value(depth + 1));
      this.skipWhitespace();
    } while (this.eat(','));
    if (!this.eat(']')) throw this.error('expected "," or "]"');
    return items;
  }

  private object(depth: number): Map<string, JsonNode> {
    this.pos++;
    const members = new Map<string, JsonNode>();
    this.skipWhitespace();
    if (this.eat('}')) return members;
    do {
      this.skipWhitespace();
      if (this.text[this.pos] !== '"') throw this.error('expected a string key');
      const key = this.string();
      if (members.has(key)) throw this.error(`repeated key ${JSON.stringify(key)}`);
      this.skipWhitespace();
      if (!this.eat(':')) throw this.error('expected ":"');
      members.set(key, this.value(depth + 1));
      this.skipWhitespace();
    } while (this.eat(','));
    if (!this.eat('}')) throw this.error('expected "," or "}"');
    return members;
  }

  private eat(c: string): boolean {
    if (this.text[this.pos] !== c) return false;
    this.pos++;
    return true;
  }

  private match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) return undefined;
    this.pos = re.lastIndex;
    return m[0];
  }
}
