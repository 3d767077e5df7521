import type { Database } from '../create-db.ts';
import { writeBatch } from '../write-batch.ts';
import { explainRanked } from './explain-matches.ts';
import { loadCallsById } from './load-pool.ts';
import { currentPool, exclusively, loadFeedback, matchingState } from './matching-state.ts';
import { createRankRun, entryScore, rankNeed } from './rank-need.ts';
import { buildMatchInserts, type MatchRow } from './store-matches.ts';

/**
 * Recomputes the matches of some needs after they were created, changed or given feedback; an archived or
 * deleted need loses its matches. It notifies nobody: the officers changed the need themselves, and its matches
 * are on the need's page.
 */
export async function rematchNeeds({ db, needIds, now }: { db: Database; needIds: readonly string[]; now: Date }): Promise<{ matches: number }> {
  if (needIds.length === 0) return { matches: 0 };
  return exclusively(db, async () => {
    const state = matchingState(db);
    const pool = await currentPool(db, now);
    const feedback = await loadFeedback(db, needIds);
    // A call given feedback stays listed even when it left the pool's scope (closed long ago).
    const missing = [...new Set([...feedback.values()].flatMap((entry) => [...entry.verdicts.keys()]))].filter((id) => !pool.get(id));
    for (const call of await loadCallsById(db, missing, now)) pool.upsert(call);
    await state.needs.refresh(db);

    const run = createRankRun(pool, now);
    const rows: MatchRow[] = [];
    const thresholds = new Map<string, number>();
    for (const id of new Set(needIds)) {
      const need = state.needs.get(id, pool);
      if (!need) continue;
      const needFeedback = feedback.get(id);
      const ranked = rankNeed(run, need, needFeedback);
      thresholds.set(id, entryScore(ranked, needFeedback));
      rows.push(...explainRanked(pool, need, ranked, now, needFeedback));
    }
    await writeBatch(db, [
      { sql: 'DELETE FROM matches WHERE need_id IN (SELECT value FROM json_each(?))', args: [JSON.stringify(needIds)] },
      ...buildMatchInserts(rows, now.toISOString()),
    ]);
    for (const [id, score] of thresholds) state.thresholds.set(id, score);
    return { matches: rows.length };
  });
}
