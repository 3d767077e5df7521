import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { lessons } from '../schema/index.ts';
import { canChangeLesson } from './lesson-fields.ts';
import { canReadLesson } from './lesson-visibility.ts';
import { loadLessonViews, type LessonView } from './lesson-view.ts';

/** The stored lesson, or a 404 for whoever may not read it: a municipality's own lessons are not even hinted at. */
export async function requireReadableLesson(ctx: Ctx, id: string) {
  const [lesson] = await ctx.db.select().from(lessons).where(eq(lessons.id, id)).limit(1);
  if (!lesson || !canReadLesson(ctx.actor, lesson)) throw new NotFoundError('Lesson not found.');
  return lesson;
}

/** A lesson the actor may change: 404 to whoever may not read it, 403 to a reader who may not change it. */
export async function requireChangeableLesson(ctx: Ctx, id: string) {
  const lesson = await requireReadableLesson(ctx, id);
  if (!canChangeLesson(ctx.actor, lesson)) throw new ForbiddenError('You may read this lesson but not change it.');
  return lesson;
}

export async function getLesson({ ctx, id }: { ctx: Ctx; id: string }): Promise<LessonView> {
  await requireReadableLesson(ctx, id);
  const [view] = await loadLessonViews(ctx.db, ctx.actor, [id]);
  if (!view) throw new NotFoundError('Lesson not found.');
  return view;
}
