import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { canAccessMunicipality } from '../access/municipality-scope.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { needColumns } from '../needs/need-fields.ts';
import { calls, matches, matchFeedback, municipalities, needs } from '../schema/index.ts';
import { statusAt } from '../calls/call-fields.ts';
import { matchesScope } from './match-scope.ts';
import { loadThemeNames, matchOrder, presentMatch } from './match-view.ts';

/**
 * The needs a call was matched to, best first: for an officer only their municipality's needs, for the
 * coordination team and admins every municipality's; other roles may not see needs (403).
 */
export async function listCallMatches({ ctx, callId, now }: { ctx: Ctx; callId: string; now: Date }) {
  const [call] = await ctx.db
    .select({ status: statusAt(now.toISOString()), deadline: calls.deadline, openingDate: calls.openingDate })
    .from(calls)
    .where(eq(calls.id, callId))
    .limit(1);
  if (!call) throw new NotFoundError('Call not found.');
  const { actor } = ctx;
  const conditions: SQL[] = [eq(matches.callId, callId)];
  if (actor.role === 'officer') conditions.push(eq(needs.municipalityId, actor.municipalityId ?? ''));
  else if (!matchesScope.read.includes(actor.role)) throw new ForbiddenError('Your role may not see municipalities’ needs.');
  const rows = await ctx.db
    .select({
      need: needColumns,
      municipalitySlug: municipalities.slug,
      municipalityName: municipalities.name,
      municipalityNameEl: municipalities.nameEl,
      score: matches.score,
      reasons: matches.reasons,
      verdict: matchFeedback.verdict,
    })
    .from(matches)
    .innerJoin(needs, eq(needs.id, matches.needId))
    .innerJoin(municipalities, eq(municipalities.id, needs.municipalityId))
    .leftJoin(matchFeedback, and(eq(matchFeedback.needId, matches.needId), eq(matchFeedback.callId, matches.callId)))
    .where(and(...conditions))
    .orderBy(...matchOrder);
  const themeNames = await loadThemeNames(ctx.db);
  return rows
    .filter((row) => canAccessMunicipality(actor, row.need.municipalityId, matchesScope, 'read'))
    .map((row) => ({
      need: { ...row.need, municipality: { slug: row.municipalitySlug, name: row.municipalityName, nameEl: row.municipalityNameEl } },
      ...presentMatch(row, call, themeNames, now),
    }));
}
