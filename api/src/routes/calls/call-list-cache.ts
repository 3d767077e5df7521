import { CountedCache, listCalls, nextCallStatusChange, type CallFilters, type ChangeCounters, type Database } from '@cni/db';
import { toJsonText, type JsonText } from '../../lib/json-text.ts';

type CallPage = Awaited<ReturnType<typeof listCalls>>;

/**
 * Pages of the call list as JSON text. The week before an ESF+ deadline every officer opens the same few
 * lists; the page is the same for all of them (nothing in it depends on who asks) until a call, its search
 * document or its sources are written (the `calls` change counter) or a date passes that changes a status.
 */
export type CallListCache = CountedCache<JsonText<CallPage>>;

export function createCallListCache(): CallListCache {
  return new CountedCache({ counter: 'calls', maxEntries: 500 });
}

export async function listCallsAsJson({
  db,
  counters,
  filters,
  now,
  pages,
}: {
  db: Database;
  counters: ChangeCounters;
  filters: CallFilters;
  now: Date;
  pages: CallListCache;
}) {
  const text = await pages.get(
    counters,
    JSON.stringify(filters),
    async () => {
      const [page, nextChange] = await Promise.all([listCalls({ db, filters, now }), nextCallStatusChange({ db, now })]);
      return { value: toJsonText(page), validUntilMs: nextChange?.getTime() };
    },
    now.getTime(),
  );
  return text!;
}
