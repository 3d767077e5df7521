import { listCalls, type CallFilters } from '@cni/db';
import { createTempDb, insertTestCalls, type TempDb } from '@cni/db/testing';
import { benchQueries, generateCalls } from './generate-calls.ts';

const callCount = 100_000;
const now = new Date('2026-11-26T10:00:00Z');

// Each query is asked four ways: as typed, on open calls only, within a theme, and its second page.
const variants: Array<Partial<CallFilters>> = [{}, { status: 'open' }, { theme: 'labour-market' }, { page: 2 }];

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

const round = (value: number) => Number(value.toFixed(2));

export async function buildSearchCorpus(): Promise<TempDb> {
  const handle = await createTempDb();
  const calls = generateCalls(callCount, now);
  for (let start = 0; start < calls.length; start += 5_000) await insertTestCalls(handle.db, calls.slice(start, start + 5_000), now);
  return handle;
}

/** The naive search the index replaces: a substring scan of every title and summary, with the same count. */
async function likeSearch(handle: TempDb, q: string, filters: Partial<CallFilters>) {
  const pattern = `%${q.toLowerCase()}%`;
  const where = `(lower(title) LIKE ? OR lower(summary) LIKE ?)${filters.theme ? " AND EXISTS (SELECT 1 FROM json_each(themes) WHERE value = 'labour-market')" : ''}${
    filters.status ? " AND deadline >= '2026-11-26T10:00:00.000Z' AND opening_date <= '2026-11-26T10:00:00.000Z'" : ''
  }`;
  await handle.client.execute({ sql: `SELECT id, title FROM calls WHERE ${where} ORDER BY deadline LIMIT 20 OFFSET ${((filters.page ?? 1) - 1) * 20}`, args: [pattern, pattern] });
  await handle.client.execute({ sql: `SELECT count(*) FROM calls WHERE ${where}`, args: [pattern, pattern] });
}

/** Search latency over 200 varied queries on 100,000 calls, against a LIKE scan of the same queries. */
export async function benchSearch(handle: TempDb) {
  const searchTimes: number[] = [];
  const likeTimes: number[] = [];
  let hits = 0;
  // One pass to warm SQLite's page cache and the JIT, as a running server would be.
  for (const q of benchQueries.slice(0, 10)) await listCalls({ db: handle.db, now, filters: { q, sort: 'relevance', page: 1, pageSize: 20 } });
  for (const variant of variants) {
    for (const q of benchQueries) {
      const filters: CallFilters = { q, sort: 'relevance', page: 1, pageSize: 20, ...variant };
      let start = performance.now();
      const result = await listCalls({ db: handle.db, now, filters });
      searchTimes.push(performance.now() - start);
      hits += result.total > 0 ? 1 : 0;
      start = performance.now();
      await likeSearch(handle, q, variant);
      likeTimes.push(performance.now() - start);
    }
  }
  return {
    calls: callCount,
    queries: searchTimes.length,
    queriesWithResults: hits,
    searchP50Ms: round(percentile(searchTimes, 0.5)),
    searchP95Ms: round(percentile(searchTimes, 0.95)),
    targetP95Ms: 15,
    likeP50Ms: round(percentile(likeTimes, 0.5)),
    likeP95Ms: round(percentile(likeTimes, 0.95)),
    likeToSearchP50Ratio: round(percentile(likeTimes, 0.5) / percentile(searchTimes, 0.5)),
  };
}
