import { eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { NotFoundError } from '../errors.ts';
import { calls, lessons, needs, proposalNeeds, proposals, themes } from '../schema/index.ts';
import { requireProposalAccess } from '../proposals/proposal-access.ts';
import { templateProgrammes } from '../proposals/template-programme.ts';
import { loadLessonViews } from './lesson-view.ts';
import { lessonVisibility } from './lesson-visibility.ts';
import { callAsLessonTarget, rankLessons, type LessonTarget } from './rank-lessons.ts';

/** The lessons the actor may read, ranked for the target, dressed as the API shows them with relevance and reasons. */
async function rankedLessonsFor(ctx: Ctx, target: LessonTarget) {
  const candidates = await ctx.db
    .select({ id: lessons.id, programme: lessons.programme, funder: lessons.funder, themes: lessons.themes, searchTerms: lessons.searchTerms, createdAt: lessons.createdAt })
    .from(lessons)
    .where(lessonVisibility(ctx.actor));
  const themeNames = new Map((await ctx.db.select({ slug: themes.slug, name: themes.name }).from(themes)).map((row) => [row.slug, row.name]));
  const ranked = rankLessons(target, candidates, { themeNames });
  const views = new Map((await loadLessonViews(ctx.db, ctx.actor, ranked.map((lesson) => lesson.id))).map((view) => [view.id, view]));
  return ranked.flatMap(({ id, relevance, details, reasons }) => {
    const view = views.get(id);
    return view ? [{ ...view, relevance, details, reasons }] : [];
  });
}

async function callTarget(ctx: Ctx, callId: string): Promise<LessonTarget | null> {
  const [call] = await ctx.db
    .select({ programme: calls.programme, funder: calls.funder, themes: calls.themes, title: calls.title, summary: calls.summary })
    .from(calls)
    .where(eq(calls.id, callId))
    .limit(1);
  return call ? callAsLessonTarget(call) : null;
}

/** GET /api/calls/:id/lessons: what past submissions teach about this call, best first. */
export async function listLessonsForCall({ ctx, callId }: { ctx: Ctx; callId: string }) {
  const target = await callTarget(ctx, callId);
  if (!target) throw new NotFoundError('Call not found.');
  return rankedLessonsFor(ctx, target);
}

/**
 * GET /api/proposals/:id/lessons: the lessons for the proposal's call; without a call, for its title, the
 * programme of its template and the themes of the needs it answers.
 */
export async function listLessonsForProposal({ ctx, proposalId }: { ctx: Ctx; proposalId: string }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'read' });
  const [proposal] = await ctx.db
    .select({ title: proposals.title, callId: proposals.callId, templateKey: proposals.templateKey })
    .from(proposals)
    .where(eq(proposals.id, proposalId))
    .limit(1);
  if (!proposal) throw new NotFoundError('Proposal not found.');
  const fromCall = proposal.callId ? await callTarget(ctx, proposal.callId) : null;
  if (fromCall) return rankedLessonsFor(ctx, fromCall);
  const needIds = (await ctx.db.select({ needId: proposalNeeds.needId }).from(proposalNeeds).where(eq(proposalNeeds.proposalId, proposalId))).map((row) => row.needId);
  const categories = needIds.length === 0 ? [] : await ctx.db.selectDistinct({ category: needs.category }).from(needs).where(inArray(needs.id, needIds));
  return rankedLessonsFor(ctx, {
    programme: templateProgrammes[proposal.templateKey] ?? null,
    funder: null,
    themes: categories.map((row) => row.category),
    text: proposal.title,
  });
}
