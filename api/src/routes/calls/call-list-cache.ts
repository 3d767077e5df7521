import { countCalls, CountedCache, listCalls, nextCallStatusChange, type CallCounts, type CallFilters, type ChangeCounters, type Database } from '@cni/db';
import { toJsonText, type JsonText } from '../../lib/json-text.ts';

type CallPage = Awaited<ReturnType<typeof listCalls>>;

/**
 * The week before an ESF+ deadline every officer opens the same few lists, and a page is the same for all of
 * them: nothing in it depends on who asks. Pages (as JSON text), their counts and the next instant a status
 * changes by the clock are kept until a call, its search document or its sources are written (the `calls`
 * change counter) or that instant comes.
 */
export interface CallListCache {
  pages: CountedCache<JsonText<CallPage>>;
  /** Paging through a search or re-ordering it keeps its counts: the next page costs only its page query. */
  counts: CountedCache<CallCounts>;
  statusChange: CountedCache<number>;
}

export function createCallListCache(): CallListCache {
  return {
    pages: new CountedCache({ counter: 'calls', maxEntries: 500 }),
    counts: new CountedCache({ counter: 'calls', maxEntries: 500 }),
    statusChange: new CountedCache({ counter: 'calls', maxEntries: 1 }),
  };
}

interface ListRequest {
  db: Database;
  counters: ChangeCounters;
  filters: CallFilters;
  now: Date;
  cache: CallListCache;
}

/** When a list read now stops being true by the clock alone (an opening date or deadline reached). */
async function nextStatusChangeMs({ db, counters, now, cache }: ListRequest): Promise<number> {
  const at = await cache.statusChange.get(
    counters,
    'next',
    async () => {
      const next = (await nextCallStatusChange({ db, now }))?.getTime() ?? Infinity;
      return { value: next, validUntilMs: next };
    },
    now.getTime(),
  );
  return at!;
}

export async function listCallsAsJson(request: ListRequest): Promise<JsonText<CallPage>> {
  const { db, counters, filters, now, cache } = request;
  const text = await cache.pages.get(
    counters,
    JSON.stringify(filters),
    async () => {
      const validUntilMs = await nextStatusChangeMs(request);
      // Counts are the same for every page and order of a list.
      const { page, pageSize, sort, ...counted } = filters;
      const counts = await cache.counts.get(counters, JSON.stringify(counted), async () => ({ value: await countCalls({ db, filters, now }), validUntilMs }), now.getTime());
      return { value: toJsonText(await listCalls({ db, filters, now, counts })), validUntilMs };
    },
    now.getTime(),
  );
  return text!;
}
