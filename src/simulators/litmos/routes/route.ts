/** The shape of a simulated endpoint and the helpers its handlers share. */
import { badRequest } from '../http-error.js';
import type { LitmosStore } from '../store.js';
import { xmlToRecord, type XmlElement } from '../xml.js';

export type RequestBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'xml'; readonly root: XmlElement };

export interface RouteRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: RequestBody;
  readonly store: LitmosStore;
}

export type RouteResult =
  | { readonly status: number; readonly kind: 'empty' }
  | {
      readonly status: number;
      readonly kind: 'list';
      readonly xmlRoot: string;
      readonly xmlItem: string;
      readonly items: readonly object[];
    }
  | { readonly status: number; readonly kind: 'record'; readonly xmlRoot: string; readonly record: object };

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Below `/v1.svc`, with `{name}` for a path segment: `/teams/{id}/users/{userId}`. */
  readonly pattern: string;
  readonly handle: (request: RouteRequest) => RouteResult;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export const empty = (status = 200): RouteResult => ({ status, kind: 'empty' });

export function list(xmlRoot: string, xmlItem: string, items: readonly object[]): RouteResult {
  return { status: 200, kind: 'list', xmlRoot, xmlItem, items };
}

export function record(xmlRoot: string, value: object, status = 200): RouteResult {
  return { status, kind: 'record', xmlRoot, record: value };
}

/** Applies `start` (offset, default 0) and `limit` (default 100, capped at 1000). */
export function page<T>(items: readonly T[], query: URLSearchParams): T[] {
  const start = nonNegative(query.get('start'), 0, 'start');
  const limit = Math.min(nonNegative(query.get('limit'), DEFAULT_LIMIT, 'limit'), MAX_LIMIT);
  return items.slice(start, start + limit);
}

function nonNegative(raw: string | null, fallback: number, name: string): number {
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw badRequest(`The ${name} parameter must be a non-negative integer.`);
  return value;
}

/** Case-insensitive substring filter over the given fields (the API's `search`). */
export function search<T>(
  items: readonly T[],
  query: URLSearchParams,
  fields: (item: T) => readonly string[],
): T[] {
  const term = query.get('search')?.toLowerCase();
  if (!term) return [...items];
  return items.filter((item) => fields(item).some((f) => f.toLowerCase().includes(term)));
}

/** The body as one record: a JSON object, or the root element's children of an XML body. */
export function bodyRecord(body: RequestBody): Record<string, unknown> {
  if (
    body.kind === 'json' &&
    typeof body.value === 'object' &&
    body.value !== null &&
    !Array.isArray(body.value)
  ) {
    return body.value as Record<string, unknown>;
  }
  if (body.kind === 'xml') return xmlToRecord(body.root);
  throw badRequest('Please check the xml/json in the body of the request');
}

/** The ids of a collection body: `[{"Id":…}]`, or `<Users><User><Id>…</Id></User></Users>`. */
export function bodyIds(body: RequestBody): string[] {
  if (body.kind === 'json' && Array.isArray(body.value)) {
    return body.value.flatMap((item: unknown) =>
      typeof item === 'object' && item !== null && 'Id' in item && typeof item.Id === 'string'
        ? [item.Id]
        : [],
    );
  }
  if (body.kind === 'xml') {
    return body.root.children.flatMap((item) =>
      item.children.filter((c) => c.name === 'Id').map((c) => c.text.trim()),
    );
  }
  throw badRequest('Please check the xml/json in the body of the request');
}
