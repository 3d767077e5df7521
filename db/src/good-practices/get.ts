import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import type { Database } from '../create-db.ts';
import { NotFoundError } from '../errors.ts';
import { lessonVisibility } from '../lessons/lesson-visibility.ts';
import { goodPractices, lessons, municipalities } from '../schema/index.ts';
import { canEditGoodPractices, summaryColumns, toPractice } from './practice-fields.ts';

/** The stored row of a practice with its municipality, for the verbs that change it. */
export async function requireGoodPracticeRow(db: Database, id: string) {
  const [found] = await db
    .select({ practice: goodPractices, municipality: { id: municipalities.id, slug: municipalities.slug, name: municipalities.name, nameEl: municipalities.nameEl } })
    .from(goodPractices)
    .innerJoin(municipalities, eq(municipalities.id, goodPractices.municipalityId))
    .where(eq(goodPractices.id, id))
    .limit(1);
  if (!found) throw new NotFoundError('Good practice not found.');
  return found;
}

/**
 * A practice whole: its Markdown body (the API renders it), contacts, links, and the lessons recorded against
 * it that the actor may read, by the one lesson visibility rule.
 */
export async function getGoodPractice({ ctx, id }: { ctx: Ctx; id: string }) {
  const [row] = await ctx.db
    .select({
      ...summaryColumns,
      body: goodPractices.body,
      contacts: goodPractices.contacts,
      links: goodPractices.links,
      version: goodPractices.version,
      createdAt: goodPractices.createdAt,
    })
    .from(goodPractices)
    .innerJoin(municipalities, eq(municipalities.id, goodPractices.municipalityId))
    .where(eq(goodPractices.id, id))
    .limit(1);
  if (!row) throw new NotFoundError('Good practice not found.');
  const linkedLessons = await ctx.db
    .select({ id: lessons.id, title: lessons.title })
    .from(lessons)
    .where(and(eq(lessons.goodPracticeId, id), lessonVisibility(ctx.actor)))
    .orderBy(desc(lessons.createdAt), desc(lessons.id));
  return { ...toPractice(row), lessons: linkedLessons, canEdit: canEditGoodPractices(ctx.actor) };
}

export type GoodPracticeDetail = Awaited<ReturnType<typeof getGoodPractice>>;
