import type { Database } from '../create-db.ts';
import type { MatchVerdict } from '../schema/index.ts';
import type { CallPool } from './call-pool.ts';
import { loadCallPool } from './load-pool.ts';
import { NeedProfiles } from './need-profiles.ts';
import type { NeedFeedback } from './score.ts';

/**
 * A cached pool is read again after this long. Calls changed through this process reach the pool at once
 * (rematchCalls); this bounds how long a change made by another process sharing the database goes unseen by
 * incremental matching here. The nightly full recompute always reads afresh.
 */
const poolMaxAgeMs = 60 * 60 * 1000;

interface MatchingState {
  pool: CallPool | null;
  needs: NeedProfiles;
  /**
   * Per need, the score a call must reach to enter its stored top 50 (the 50th score when 50 are stored), as of
   * the last recompute of that need. Incremental matching stores only pairs that reach it and trims nothing: a
   * stale value only lets a few extra rows in, which reads cut at 50 and the nightly recompute removes.
   */
  thresholds: Map<string, number>;
  tail: Promise<unknown>;
}

const states = new WeakMap<Database, MatchingState>();

export function matchingState(db: Database): MatchingState {
  let state = states.get(db);
  if (!state) states.set(db, (state = { pool: null, needs: new NeedProfiles(), thresholds: new Map(), tail: Promise.resolve() }));
  return state;
}

/**
 * Runs recomputations of one database one at a time in this process: a full recompute replaces the whole
 * matches table from what it read, and must not interleave with an incremental one writing meanwhile.
 */
export function exclusively<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const state = matchingState(db);
  const run = state.tail.then(work, work);
  state.tail = run.catch(() => undefined);
  return run;
}

export async function currentPool(db: Database, now: Date, { fresh = false } = {}): Promise<CallPool> {
  const state = matchingState(db);
  const age = state.pool ? Date.now() - state.pool.loadedAt : Infinity;
  if (fresh || !state.pool || age > poolMaxAgeMs) state.pool = await loadCallPool(db, now);
  return state.pool;
}

/** Forgets the cached pool and needs of a database (tests that change calls behind the matcher's back). */
export function forgetMatchingState(db: Database): void {
  states.delete(db);
}

/** Every need's feedback, with the programme and funder of each call it was given on. */
export async function loadFeedback(db: Database, needIds?: readonly string[]): Promise<Map<string, NeedFeedback>> {
  const result = await db.$client.execute({
    sql: `SELECT group_concat(f.need_id || char(31) || f.call_id || char(31) || f.verdict || char(31) || c.programme || char(31) ||
                 replace(ifnull(c.funder, ''), char(31), ' '), char(30)) AS packed
          FROM match_feedback f JOIN calls c ON c.id = f.call_id
          ${needIds ? 'WHERE f.need_id IN (SELECT value FROM json_each(?))' : ''}`,
    args: needIds ? [JSON.stringify(needIds)] : [],
  });
  const packed = result.rows[0]?.packed;
  const byNeed = new Map<string, { verdicts: Map<string, MatchVerdict>; programmes: Map<string, number>; funders: Map<string, number> }>();
  if (packed === null || packed === undefined) return byNeed;
  for (const entry of String(packed).split('\x1e')) {
    const [needId, callId, verdict, programme, funder] = entry.split('\x1f') as [string, string, MatchVerdict, string, string];
    let feedback = byNeed.get(needId);
    if (!feedback) byNeed.set(needId, (feedback = { verdicts: new Map(), programmes: new Map(), funders: new Map() }));
    const sign = verdict === 'relevant' ? 1 : -1;
    feedback.verdicts.set(callId, verdict);
    feedback.programmes.set(programme, (feedback.programmes.get(programme) ?? 0) + sign);
    if (funder !== '') feedback.funders.set(funder, (feedback.funders.get(funder) ?? 0) + sign);
  }
  return byNeed;
}
