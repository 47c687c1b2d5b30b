/** Reads every page of a Litmos list endpoint through the transport. */
import { asArray, collectPages } from './paging.js';
import type { LitmosTransport, QueryValue } from './transport.js';

export function listEvery<T>(
  transport: LitmosTransport,
  pageSize: number,
  path: string,
  query: Readonly<Record<string, QueryValue>> = {},
): Promise<T[]> {
  return collectPages(async (start, limit) => {
    const body = await transport.request({ method: 'GET', path, query: { ...query, start, limit } });
    return asArray<T>(body, `GET ${path}`);
  }, pageSize);
}
