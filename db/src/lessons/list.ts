import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { lessons, municipalities, type LessonPhase, type Programme } from '../schema/index.ts';
import { highlightAll, snippet } from '../search/highlight.ts';
import { buildSearchQuery, type SearchQuery } from '../search/search-query.ts';
import { lessonFts } from './lesson-fts.ts';
import { loadLessonViews } from './lesson-view.ts';
import { lessonVisibility } from './lesson-visibility.ts';

export interface LessonFilters {
  q?: string;
  programme?: Programme;
  theme?: string;
  phase?: LessonPhase;
  /** A municipality slug: the lessons of that municipality. */
  municipality?: string;
  limit: number;
  offset: number;
}

const noQuery: Pick<SearchQuery, 'stems' | 'prefix'> = { stems: new Set(), prefix: null };

/**
 * A page of the lessons the actor may read, with the total. Text is searched Greek-aware through lesson_fts
 * (the same analysis as calls) and ranked by bm25; without text the newest come first. Visibility is part of
 * the WHERE clause, so neither the page nor the total ever counts a lesson the actor may not read.
 */
export async function listLessons({ ctx, filters }: { ctx: Ctx; filters: LessonFilters }) {
  const query = filters.q ? buildSearchQuery(filters.q) : null;
  const search = query?.match ? query : null;
  let municipalityId: string | undefined;
  if (filters.municipality) {
    const [municipality] = await ctx.db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.slug, filters.municipality)).limit(1);
    if (!municipality) return { items: [], total: 0 };
    municipalityId = municipality.id;
  }
  const parts: Array<SQL | undefined> = [
    lessonVisibility(ctx.actor),
    search?.match ? sql`lesson_fts MATCH ${search.match}` : undefined,
    filters.programme ? eq(lessons.programme, filters.programme) : undefined,
    filters.phase ? eq(lessons.phase, filters.phase) : undefined,
    filters.theme ? sql`EXISTS (SELECT 1 FROM json_each(${lessons.themes}) WHERE json_each.value = ${filters.theme})` : undefined,
    municipalityId ? eq(lessons.municipalityId, municipalityId) : undefined,
  ];
  const where = and(...parts.filter((part): part is SQL => part !== undefined));

  const ids = search
    ? await ctx.db
        .select({ id: lessons.id })
        .from(lessonFts)
        .innerJoin(lessons, eq(lessons.id, lessonFts.lessonId))
        .where(where)
        .orderBy(sql`bm25(lesson_fts)`, desc(lessons.createdAt), asc(lessons.id))
        .limit(filters.limit)
        .offset(filters.offset)
    : await ctx.db.select({ id: lessons.id }).from(lessons).where(where).orderBy(desc(lessons.createdAt), asc(lessons.id)).limit(filters.limit).offset(filters.offset);
  const [counted] = search
    ? await ctx.db.select({ total: count() }).from(lessonFts).innerJoin(lessons, eq(lessons.id, lessonFts.lessonId)).where(where)
    : await ctx.db.select({ total: count() }).from(lessons).where(where);

  const marks = search ?? noQuery;
  const views = await loadLessonViews(ctx.db, ctx.actor, ids.map((row) => row.id));
  return {
    items: views.map((view) => ({
      ...view,
      highlights: { title: highlightAll(view.title, marks), whatHappened: snippet(view.whatHappened, marks), nextTime: snippet(view.nextTime, marks) },
    })),
    total: counted?.total ?? 0,
  };
}
