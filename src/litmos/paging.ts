/**
 * Paging of Litmos list endpoints: `start` is a record offset, `limit` a page size (max 1000).
 * Lists carry no total, so pages are read until one comes back shorter than `limit` (or empty).
 */
import { DEFAULT_MAX_PAGES } from '../net/index.js';
import { LitmosError } from './errors.js';

export const MAX_PAGE_SIZE = 1000;

export type PageFetcher<T> = (start: number, limit: number) => Promise<readonly T[]>;

/**
 * Yields each page in order; stops after the first page shorter than `pageSize`. A listing that
 * has not ended after `maxPages` pages fails with `INVALID_RESPONSE` instead of reading forever.
 */
export async function* pages<T>(
  fetchPage: PageFetcher<T>,
  pageSize: number,
  maxPages: number = DEFAULT_MAX_PAGES,
): AsyncGenerator<readonly T[]> {
  let start = 0;
  for (let page = 0; ; page++) {
    if (page >= maxPages) {
      throw new LitmosError('INVALID_RESPONSE', `a Litmos listing did not end within ${maxPages} pages`);
    }
    const items = await fetchPage(start, pageSize);
    if (items.length > 0) yield items;
    if (items.length < pageSize) return;
    // Recorded pages hold exactly `limit` rows (1000, 1000, then 878); a page longer than `limit`
    // is claimed by one SDK's README only (UNCONFIRMED). Advancing by what arrived is right either way.
    start += items.length;
  }
}

export async function collectPages<T>(
  fetchPage: PageFetcher<T>,
  pageSize: number,
  maxPages: number = DEFAULT_MAX_PAGES,
): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages(fetchPage, pageSize, maxPages)) all.push(...page);
  return all;
}

export function checkPageSize(pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new TypeError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  return pageSize;
}

/** Narrows a list response: Litmos JSON lists are bare arrays of objects. */
export function asArray<T>(body: unknown, what: string): T[] {
  if (body === undefined) return [];
  if (!Array.isArray(body)) {
    throw new LitmosError('INVALID_RESPONSE', `Litmos ${what} did not return a JSON array`);
  }
  return body as T[];
}

/** Narrows a single-object response. */
export function asObject<T>(body: unknown, what: string): T {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new LitmosError('INVALID_RESPONSE', `Litmos ${what} did not return a JSON object`);
  }
  return body as T;
}
