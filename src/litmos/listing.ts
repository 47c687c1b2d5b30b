/** Reads every page of a Litmos list endpoint through the transport. */
import { asArray, collectPages } from './paging.js';
import { readTolerantRows, type FieldKinds, type Tolerant } from './tolerant.js';
import type { LitmosTransport, QueryValue } from './transport.js';
import type { PrepaidOption } from './types.js';

export function listEvery<T>(
  transport: LitmosTransport,
  pageSize: number,
  path: string,
  query: Readonly<Record<string, QueryValue>> = {},
  options: PrepaidOption = {},
): Promise<T[]> {
  return collectPages(async (start, limit) => {
    const prepaid = options.prepaid === true && start === 0;
    const body = await transport.request({ method: 'GET', path, query: { ...query, start, limit }, prepaid });
    return asArray<T>(body, `GET ${path}`);
  }, pageSize);
}

/** `listEvery` for a route nobody has recorded: each row read defensively (see `tolerant.ts`). */
export async function listEveryTolerant<T, Required extends keyof T>(
  transport: LitmosTransport,
  pageSize: number,
  path: string,
  shape: { readonly kinds: FieldKinds<T>; readonly required: readonly Required[] },
  query: Readonly<Record<string, QueryValue>> = {},
  options: PrepaidOption = {},
): Promise<Tolerant<T, Required>[]> {
  const rows = await listEvery<unknown>(transport, pageSize, path, query, options);
  return readTolerantRows(rows, shape.kinds, shape.required, `GET ${path}`);
}
