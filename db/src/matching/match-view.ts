import { asc, desc, sql } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { matches, matchFeedback, themes, type CallStatus, type MatchVerdict } from '../schema/index.ts';
import { describeReasons, type MatchReason } from './match-reason.ts';
import { timingOf } from './score.ts';

const timingKinds = new Set<MatchReason['kind']>(['deadline', 'forthcoming', 'closed']);

interface CallDates {
  status: CallStatus;
  deadline: string | null;
  openingDate: string | null;
}

/**
 * The stored reasons brought up to date for reading: the time left is said as of now (the scores are from the
 * last recompute, at most a day old), and the officer's own verdict as it stands, even before the recompute
 * it triggered has run.
 */
export function currentReasons(stored: readonly MatchReason[], call: CallDates, verdict: MatchVerdict | null, now: Date): MatchReason[] {
  const timing = timingOf(
    {
      id: '',
      programme: 'other',
      funder: null,
      withdrawn: call.status === 'withdrawn',
      // The status computed by SQL stands in for the source's hint: it is that hint whenever no date decides.
      statusHint: call.status,
      openingMs: call.openingDate ? Date.parse(call.openingDate) : null,
      deadlineMs: call.deadline ? Date.parse(call.deadline) : null,
      budgetCents: null,
      maxGrantCents: null,
      eligibleApplicants: [],
      themes: [],
    },
    now.getTime(),
  ).reason;
  const reasons: MatchReason[] = [];
  let timingPlaced = false;
  for (const reason of stored) {
    if (reason.kind === 'feedback' && !reason.via) continue;
    if (timingKinds.has(reason.kind)) {
      if (timing && !timingPlaced) reasons.push(timing);
      timingPlaced = true;
      continue;
    }
    reasons.push(reason);
  }
  if (timing && !timingPlaced) reasons.splice(Math.min(2, reasons.length), 0, timing);
  if (verdict) reasons.push({ kind: 'feedback', verdict });
  return reasons;
}

export async function loadThemeNames(db: Database): Promise<Map<string, string>> {
  const rows = await db.select({ slug: themes.slug, name: themes.name }).from(themes);
  return new Map(rows.map((row) => [row.slug, row.name]));
}

/** One listed match: score, reasons as data and as English sentences, and the verdict given on it. */
export function presentMatch(
  row: { score: number; reasons: MatchReason[]; verdict: MatchVerdict | null },
  call: CallDates,
  themeNames: ReadonlyMap<string, string>,
  now: Date,
) {
  const details = currentReasons(row.reasons, call, row.verdict, now);
  return { score: row.score, reasons: describeReasons(details, themeNames), details, feedback: row.verdict };
}

/** Best first; a call marked not relevant goes last whatever its stored score. */
export const matchOrder = [sql`${matchFeedback.verdict} IS 'not-relevant'`, desc(matches.score), asc(matches.callId)];
