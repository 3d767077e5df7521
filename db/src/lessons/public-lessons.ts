import { inArray } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { calls, lessons } from '../schema/index.ts';
import { lessonVisibility } from './lesson-visibility.ts';
import { callAsLessonTarget, rankLessons } from './rank-lessons.ts';

export interface PublicLesson {
  id: string;
  title: string;
  nextTime: string;
}

/**
 * The public lessons that fit each call, best first, for readers without a session (the Atom feed): the
 * anonymous branch of the one visibility rule, so a municipality or network lesson cannot get out this way.
 */
export async function listPublicLessonsForCalls({ db, callIds, perCall = 3 }: { db: Database; callIds: readonly string[]; perCall?: number }) {
  const found = new Map<string, PublicLesson[]>();
  if (callIds.length === 0) return found;
  const candidates = await db
    .select({
      id: lessons.id,
      title: lessons.title,
      nextTime: lessons.nextTime,
      programme: lessons.programme,
      funder: lessons.funder,
      themes: lessons.themes,
      searchTerms: lessons.searchTerms,
      createdAt: lessons.createdAt,
    })
    .from(lessons)
    .where(lessonVisibility(null));
  if (candidates.length === 0) return found;
  const targets = await db
    .select({ id: calls.id, programme: calls.programme, funder: calls.funder, themes: calls.themes, title: calls.title, summary: calls.summary })
    .from(calls)
    .where(inArray(calls.id, [...callIds]));
  for (const call of targets) {
    const ranked = rankLessons(callAsLessonTarget(call), candidates, { limit: perCall });
    found.set(call.id, ranked.map(({ id, title, nextTime }) => ({ id, title, nextTime })));
  }
  return found;
}
