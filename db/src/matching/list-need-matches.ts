import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { canAccessMunicipality } from '../access/municipality-scope.ts';
import { callColumns } from '../calls/call-fields.ts';
import { NotFoundError } from '../errors.ts';
import { calls, matches, matchFeedback, needs } from '../schema/index.ts';
import { matchesScope } from './match-scope.ts';
import { loadThemeNames, matchOrder, presentMatch } from './match-view.ts';
import { matchesPerNeed } from './rank-need.ts';

/** The calls matched to a need, best first, with their reasons. Another municipality's need is "not found". */
export async function listNeedMatches({ ctx, needId, now }: { ctx: Ctx; needId: string; now: Date }) {
  const [need] = await ctx.db.select({ municipalityId: needs.municipalityId }).from(needs).where(eq(needs.id, needId)).limit(1);
  if (!need || !canAccessMunicipality(ctx.actor, need.municipalityId, matchesScope, 'read')) throw new NotFoundError('Need not found.');
  const rows = await ctx.db
    .select({ call: callColumns(now.toISOString()), score: matches.score, reasons: matches.reasons, verdict: matchFeedback.verdict })
    .from(matches)
    .innerJoin(calls, eq(calls.id, matches.callId))
    .leftJoin(matchFeedback, and(eq(matchFeedback.needId, matches.needId), eq(matchFeedback.callId, matches.callId)))
    .where(eq(matches.needId, needId))
    .orderBy(...matchOrder);
  const themeNames = await loadThemeNames(ctx.db);
  // Calls matched since the last full recompute may have pushed a need's list past 50: show its best 50, and
  // every call the officers gave a verdict on.
  let listed = 0;
  return rows
    .filter((row) => row.verdict !== null || listed++ < matchesPerNeed)
    .map((row) => ({ call: row.call, ...presentMatch(row, row.call, themeNames, now) }));
}
