import type { CallPool } from './call-pool.ts';
import type { CompiledNeed } from './need-profiles.ts';
import type { RankedCall } from './rank-need.ts';
import { scorePair, type NeedFeedback } from './score.ts';
import type { MatchRow } from './store-matches.ts';

/** The rows to store for a need's ranked calls: the score with its reasons, from the same scoring as the ranking. */
export function explainRanked(pool: CallPool, need: CompiledNeed, ranked: readonly RankedCall[], now: Date, feedback: NeedFeedback | undefined): MatchRow[] {
  const rows: MatchRow[] = [];
  for (const { call } of ranked) {
    const scored = pool.withTerms(call, (terms) => scorePair(need, call, terms, { now, rarity: pool, feedback }));
    if (scored) rows.push({ needId: need.id, callId: call.id, score: scored.score, details: scored.details });
  }
  return rows;
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
