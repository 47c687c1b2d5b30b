/**
 * A prepaid listing spends its prepaid unit of budget on its first page only: every later page
 * takes its own.
 */
import { listEvery } from './listing.js';
import type { LitmosTransport, RequestSpec } from './transport.js';

/** A transport answering pages of `rows` and recording each request. */
function pagedTransport(rows: readonly unknown[], seen: RequestSpec[]): LitmosTransport {
  const fake: Pick<LitmosTransport, 'request'> = {
    request: async (spec: RequestSpec) => {
      seen.push(spec);
      const start = Number(spec.query?.start);
      const limit = Number(spec.query?.limit);
      return rows.slice(start, start + limit);
    },
  };
  return fake as LitmosTransport;
}

it('marks only the first page of a prepaid listing as prepaid', async () => {
  const seen: RequestSpec[] = [];
  const rows = [{ Id: 'a' }, { Id: 'b' }, { Id: 'c' }];
  const listed = await listEvery(pagedTransport(rows, seen), 2, '/teams', {}, { prepaid: true });
  expect(listed).toEqual(rows);
  expect(seen.map((s) => [s.query?.start, s.prepaid])).toEqual([
    [0, true],
    [2, false],
  ]);
});

it('marks no page as prepaid when the listing was not', async () => {
  const seen: RequestSpec[] = [];
  await listEvery(pagedTransport([{ Id: 'a' }, { Id: 'b' }, { Id: 'c' }], seen), 2, '/teams');
  expect(seen.map((s) => s.prepaid)).toEqual([false, false]);
});
