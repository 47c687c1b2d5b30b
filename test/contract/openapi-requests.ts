/**
 * Checks requests against ConductorOne's published API document (the structural subset in
 * `../shared/recordings/conductorone/openapi-subset.json`): the operation exists for the method
 * and path, query parameters are declared, and JSON bodies validate against the operation's
 * request schema with Ajv (JSON Schema 2020-12, which OpenAPI 3.1 schemas are). Two rules are
 * stricter than plain JSON Schema, because the API decodes bodies as protobuf JSON (facts §2.1):
 * a property the schema marks `readOnly` must not be sent, and an object schema that lists its
 * properties accepts no others unless it says so (`additionalProperties`). Every `updateMask`
 * must be present, non-empty, and name only lowerCamelCase properties of the object it updates.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

interface Operation {
  readonly id: string;
  readonly hasBody?: boolean;
  readonly body?: { readonly $ref: string };
  readonly query?: readonly string[];
}

interface OpenApiSubset {
  readonly operations: Readonly<Record<string, Operation>>;
  readonly schemas: Readonly<Record<string, unknown>>;
  readonly tokenUrl: string;
}

export interface RequestToCheck {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly contentType: string | undefined;
  readonly body: string;
}

const REF_PREFIX = '#/components/schemas/';

/** The schemas with `readOnly` properties forbidden and undeclared properties refused. */
function strictForRequests(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strictForRequests);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = strictForRequests(value);
  const properties = out.properties as Record<string, Record<string, unknown>> | undefined;
  if (properties !== undefined) {
    for (const [name, property] of Object.entries(properties))
      if (property.readOnly === true) properties[name] = false as never;
    if (out.additionalProperties === undefined) out.additionalProperties = false;
  }
  return out;
}

export class OpenApiContract {
  readonly #doc: OpenApiSubset;
  readonly #ajv: Ajv2020;
  readonly #validators = new Map<string, ValidateFunction>();
  readonly #routes: { method: string; template: string; regex: RegExp; params: number; op: Operation }[];

  constructor(file: string) {
    this.#doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApiSubset;
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    this.#ajv.addSchema({ $id: 'c1', components: { schemas: strictForRequests(this.#doc.schemas) } });
    this.#routes = Object.entries(this.#doc.operations).map(([key, op]) => {
      const [method = '', template = ''] = key.split(' ');
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      return {
        method,
        template,
        regex: new RegExp(`^${pattern}$`),
        params: (template.match(/\{/g) ?? []).length,
        op,
      };
    });
  }

  get tokenUrl(): string {
    return this.#doc.tokenUrl;
  }

  /** The operation a request belongs to: literal segments win over parameters. */
  operationFor(method: string, path: string): { template: string; op: Operation } | undefined {
    return this.#routes
      .filter((r) => r.method === method && r.regex.test(path))
      .sort((a, b) => a.params - b.params)[0];
  }

  /** Everything wrong with one request, as readable lines (empty when it keeps the contract). */
  problems(request: RequestToCheck): string[] {
    const where = `${request.method} ${request.path}`;
    if (request.method === 'POST' && request.path === this.#doc.tokenUrl) return this.#tokenProblems(request);
    const found = this.operationFor(request.method, request.path);
    if (found === undefined) return [`${where}: no such operation in the API document`];
    const { op, template } = found;
    const out: string[] = [];
    for (const name of request.query.keys())
      if (!(op.query ?? []).includes(name)) out.push(`${where}: undeclared query parameter ${name}`);
    if (request.body === '') return out;
    if (!op.hasBody) return [...out, `${where}: ${template} takes no body`];
    if (!(request.contentType ?? '').startsWith('application/json'))
      out.push(`${where}: body is not application/json`);
    let body: unknown;
    try {
      body = JSON.parse(request.body);
    } catch {
      return [...out, `${where}: body is not JSON`];
    }
    if (op.body === undefined) {
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        out.push(`${where}: body is not an object`);
      return out;
    }
    const name = op.body.$ref.slice(REF_PREFIX.length);
    const validate = this.#validator(name);
    if (!validate(body)) {
      for (const e of validate.errors ?? [])
        out.push(`${where}: ${name}${e.instancePath} ${e.message ?? ''}`.trim());
    }
    return [...out, ...this.#maskProblems(where, name, body)];
  }

  #validator(name: string): ValidateFunction {
    let v = this.#validators.get(name);
    if (v === undefined) {
      v = this.#ajv.compile({ $ref: `c1${REF_PREFIX}${name}` });
      this.#validators.set(name, v);
    }
    return v;
  }

  /** An update's mask: present, non-empty, lowerCamelCase paths that the updated object has. */
  #maskProblems(where: string, schemaName: string, body: unknown): string[] {
    const schema = this.#doc.schemas[schemaName] as { properties?: Record<string, unknown> } | undefined;
    if (schema?.properties?.updateMask === undefined) return [];
    const record = body as Record<string, unknown>;
    const mask = record.updateMask;
    if (typeof mask !== 'string' || mask.trim() === '') return [`${where}: an update without updateMask`];
    const updated = Object.entries(schema.properties).find(([k]) => k !== 'updateMask' && k !== 'expandMask');
    const ref = JSON.stringify(updated?.[1] ?? {}).match(/#\/components\/schemas\/([^"]+)/)?.[1];
    const target = ref
      ? (this.#doc.schemas[ref] as { properties?: Record<string, { readOnly?: boolean }> })
      : undefined;
    return mask.split(',').flatMap((path) => {
      if (!/^[a-z][A-Za-z0-9]*$/.test(path))
        return [`${where}: updateMask path "${path}" is not lowerCamelCase`];
      const property = target?.properties?.[path];
      if (property === undefined)
        return [`${where}: updateMask path "${path}" is not a field of ${ref ?? '?'}`];
      if (property.readOnly) return [`${where}: updateMask path "${path}" is read-only`];
      return [];
    });
  }

  /** The token request (facts §4.5): a form with the four client-assertion fields. */
  #tokenProblems(request: RequestToCheck): string[] {
    const where = `POST ${request.path}`;
    if (!(request.contentType ?? '').startsWith('application/x-www-form-urlencoded'))
      return [`${where}: not a form body`];
    const form = new URLSearchParams(request.body);
    const expected = ['client_assertion', 'client_assertion_type', 'client_id', 'grant_type'];
    const keys = [...new Set(form.keys())].sort();
    const out =
      JSON.stringify(keys) === JSON.stringify(expected) ? [] : [`${where}: form fields ${keys.join(',')}`];
    if (form.get('grant_type') !== 'client_credentials')
      out.push(`${where}: grant_type is not client_credentials`);
    return out;
  }
}
