import type { Database } from '../create-db.ts';
import { writeBatch } from '../write-batch.ts';
import type { PoolCall } from './call-pool.ts';
import { loadCallsById } from './load-pool.ts';
import { currentPool, exclusively, loadFeedback, matchingState } from './matching-state.ts';
import { rematchAll } from './rematch-all.ts';
import { informativeLimit, notifyScore, scoreFloor, scorePair } from './score.ts';
import {
  buildMatchInserts,
  buildNewMatchNotifications,
  countStoredAbove,
  readRowsOfCalls,
  type MatchRow,
  type NewTopMatch,
  type StoredRow,
} from './store-matches.ts';

const bulkChangeLimit = 500;

/**
 * Matches new or changed calls against every need, as the collectors and editors write them: each call replaces
 * its old rows with the pairs that reach a need's top 50, and officers hear of calls entering a need's top ten.
 * Target: one new call against 1,000 needs in under 10 ms, so nothing here reads a need's whole list.
 *
 * Only the changed calls are scored. Other pairs keep their stored scores, although a new call makes the words
 * it holds a little less rare; a call that falls out of a need's top 50 does not bring back the 51st, and a
 * need's list may hold a few more than 50 rows until the next full recompute (reads take the best 50). The
 * nightly full recompute settles all three.
 */
export async function rematchCalls({ db, callIds, now }: { db: Database; callIds: readonly string[]; now: Date }): Promise<{ matches: number; notified: number }> {
  const ids = [...new Set(callIds)];
  if (ids.length === 0) return { matches: 0, notified: 0 };
  // A first harvest of a large feed changes so many calls that one full recompute is cheaper than call by call.
  if (ids.length > bulkChangeLimit) {
    const { matches, notified } = await rematchAll({ db, now });
    return { matches, notified };
  }
  return exclusively(db, async () => {
    const state = matchingState(db);
    const pool = await currentPool(db, now);
    const current = await loadCallsById(db, ids, now);
    const changed: PoolCall[] = [];
    const seen = new Set<string>();
    for (const call of current) {
      seen.add(call.id);
      if (call.inScope) changed.push(pool.upsert(call));
      else pool.remove(call.id);
    }
    for (const id of ids) if (!seen.has(id)) pool.remove(id);

    await state.needs.refresh(db);
    const lookup = state.needs.lookupFor(pool);
    const feedback = await loadFeedback(db);
    const positionOf = new Map(lookup.needs.map((need, position) => [need.id, position]));
    const limit = informativeLimit(pool.callCount);

    const rows: MatchRow[] = [];
    for (const call of changed) {
      // Candidates: needs on one of the call's themes, needs sharing one of its rarer terms, needs with feedback on it.
      const candidates = new Set<number>();
      for (const theme of call.themes) for (const position of lookup.byCategory.get(theme) ?? []) candidates.add(position);
      for (const term of call.terms) {
        if (pool.documentFrequency(term) > limit) continue;
        for (const position of lookup.byTerm.get(term) ?? []) candidates.add(position);
      }
      for (const [needId, entry] of feedback) {
        const position = positionOf.get(needId);
        if (entry.verdicts.has(call.id) && position !== undefined) candidates.add(position);
      }
      pool.withTerms(call, (terms) => {
        for (const position of candidates) {
          const need = lookup.needs[position]!;
          const needFeedback = feedback.get(need.id);
          const scored = scorePair(need, call, terms, { now, rarity: pool, feedback: needFeedback });
          const threshold = Math.max(scoreFloor, state.thresholds.get(need.id) ?? scoreFloor);
          if (scored && (scored.score >= threshold || needFeedback?.verdicts.has(call.id))) {
            rows.push({ needId: need.id, callId: call.id, score: scored.score, details: scored.details });
          }
        }
      });
    }

    const fresh = await findNewTopMatches(db, rows, ids, (needId) => lookup.needs[positionOf.get(needId)!]!);
    await writeBatch(db, [
      { sql: 'DELETE FROM matches WHERE call_id IN (SELECT value FROM json_each(?))', args: [JSON.stringify(ids)] },
      ...buildMatchInserts(rows, now.toISOString()),
      ...(await buildNewMatchNotifications(db, fresh, now)),
    ]);
    return { matches: rows.length, notified: fresh.length };
  });
}

/**
 * The new rows that enter their need's top ten and were not in it before. A row's place counts the stored rows
 * at or above its score, less the changed calls' old rows (being replaced), plus the new rows above it: a tie
 * counts against the row, so a call is announced only when it surely is in the top ten.
 */
async function findNewTopMatches(
  db: Database,
  rows: readonly MatchRow[],
  changedIds: readonly string[],
  needOf: (needId: string) => { id: string; municipalityId: string; title: string },
): Promise<NewTopMatch[]> {
  const hopeful = rows.filter((row) => row.score >= notifyScore);
  if (hopeful.length === 0) return [];
  const oldRows = await readRowsOfCalls(db, changedIds);
  const oldByNeed = groupByNeed(oldRows);
  const newByNeed = groupByNeed(rows);
  const oldOf = new Map(oldRows.map((row) => [`${row.needId} ${row.callId}`, row.score]));
  const atOrAbove = await countStoredAbove(
    db,
    hopeful.map((row) => [row.needId, row.score] as const),
    { orEqual: true },
  );
  const wereOld = hopeful.filter((row) => oldOf.has(`${row.needId} ${row.callId}`));
  const aboveOld = await countStoredAbove(
    db,
    wereOld.map((row) => [row.needId, oldOf.get(`${row.needId} ${row.callId}`)!] as const),
  );
  const wasInTopTen = new Set(wereOld.filter((_, at) => aboveOld[at]! < 10).map((row) => `${row.needId} ${row.callId}`));
  const fresh: NewTopMatch[] = [];
  hopeful.forEach((row, at) => {
    const oldAtOrAbove = (oldByNeed.get(row.needId) ?? []).filter((other) => other.score >= row.score).length;
    const newAbove = (newByNeed.get(row.needId) ?? []).filter((other) => other.callId !== row.callId && other.score >= row.score).length;
    const place = atOrAbove[at]! - oldAtOrAbove + newAbove;
    if (place < 10 && !wasInTopTen.has(`${row.needId} ${row.callId}`)) {
      const need = needOf(row.needId);
      fresh.push({ needId: row.needId, municipalityId: need.municipalityId, needTitle: need.title, callId: row.callId });
    }
  });
  return fresh;
}

function groupByNeed(rows: readonly StoredRow[]): Map<string, StoredRow[]> {
  const byNeed = new Map<string, StoredRow[]>();
  for (const row of rows) {
    let list = byNeed.get(row.needId);
    if (!list) byNeed.set(row.needId, (list = []));
    list.push(row);
  }
  return byNeed;
}
