import type { Database } from '../create-db.ts';
import { writeBatch } from '../write-batch.ts';
import { explainRanked, yieldToEventLoop } from './explain-matches.ts';
import { currentPool, exclusively, loadFeedback, matchingState } from './matching-state.ts';
import { createRankRun, entryScore, rankNeed } from './rank-need.ts';
import {
  buildMatchDeletes,
  buildMatchInserts,
  buildNewMatchNotifications,
  comparableReasons,
  newInTopTen,
  readAllMatches,
  topTenByNeed,
  type MatchRow,
  type NewTopMatch,
} from './store-matches.ts';

export interface RematchSummary {
  needs: number;
  calls: number;
  matches: number;
  notified: number;
  ms: number;
}

/**
 * Recomputes every need's matches from the database as it is now and brings the matches table to that result
 * in one write. Only rows that changed are written: from one night to the next most of 50,000 rows stay as they
 * were, and rewriting them all would cost about a second. Officers hear of calls new to a need's top ten, except on the very
 * first recompute of a database: then every match is "new" only because nothing was computed before, and a
 * flood of notifications about calls that were there all along would teach people to ignore them.
 */
export async function rematchAll({ db, now }: { db: Database; now: Date }): Promise<RematchSummary> {
  return exclusively(db, async () => {
    const started = performance.now();
    const state = matchingState(db);
    const pool = await currentPool(db, now, { fresh: true });
    await state.needs.refresh(db);
    const needs = state.needs.all(pool);
    const feedback = await loadFeedback(db);
    const run = createRankRun(pool, now);

    const rows: MatchRow[] = [];
    const thresholds = new Map<string, number>();
    const fresh: NewTopMatch[] = [];
    const stored = await readAllMatches(db);
    const before = stored.length > 0 ? topTenByNeed(stored) : null;
    for (const [position, need] of needs.entries()) {
      const needFeedback = feedback.get(need.id);
      const ranked = rankNeed(run, need, needFeedback);
      thresholds.set(need.id, entryScore(ranked, needFeedback));
      rows.push(...explainRanked(pool, need, ranked, now, needFeedback));
      if (before) {
        const newTop = ranked.map((entry) => ({ callId: entry.call.id, score: entry.score }));
        for (const callId of newInTopTen(newTop, before.get(need.id))) {
          fresh.push({ needId: need.id, municipalityId: need.municipalityId, needTitle: need.title, callId });
        }
      }
      // Ranking is plain computation; let requests served by this process in between.
      if (position % 100 === 99) await yieldToEventLoop();
    }
    const notifications = await buildNewMatchNotifications(db, fresh, now);
    await writeBatch(db, [...buildChanges(stored, rows, now), ...notifications]);
    state.thresholds = thresholds;
    // Ready for the calls that arrive next, so the first of them is matched as fast as the others.
    state.needs.lookupFor(pool);
    return { needs: needs.length, calls: pool.callCount, matches: rows.length, notified: fresh.length, ms: Math.round(performance.now() - started) };
  });
}

/** The deletes and inserts that turn the stored rows into the computed ones. */
function buildChanges(stored: Awaited<ReturnType<typeof readAllMatches>>, rows: readonly MatchRow[], now: Date) {
  const storedByPair = new Map(stored.map((row) => [`${row.needId} ${row.callId}`, row]));
  const changed: MatchRow[] = [];
  const serialised: string[] = [];
  for (const row of rows) {
    const key = `${row.needId} ${row.callId}`;
    const text = JSON.stringify(row.details);
    const old = storedByPair.get(key);
    storedByPair.delete(key);
    if (old && old.score === row.score && comparableReasons(old.reasons) === comparableReasons(text)) continue;
    changed.push(row);
    serialised.push(text);
  }
  return [...buildMatchDeletes([...storedByPair.values()]), ...buildMatchInserts(changed, now.toISOString(), serialised)];
}
