import { eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import { lessons, type SharingLevel } from '../schema/index.ts';

/**
 * Who reads a lesson. The coordination team curates every lesson, so it reads all of them; an officer reads
 * the network's and the public ones and those of their own municipality; the liaison reads what the network
 * shares; without a session (public feed, printed report) only public lessons exist. Every list, count and
 * feed of lessons goes through this one rule, so that a municipality-only lesson cannot leak by another path.
 */
export function canReadLesson(actor: Actor | null, lesson: { sharing: SharingLevel; municipalityId: string | null }): boolean {
  if (!actor) return lesson.sharing === 'public';
  if (actor.role === 'coordinator' || actor.role === 'admin') return true;
  if (lesson.sharing !== 'municipality') return true;
  return actor.role === 'officer' && actor.municipalityId !== null && lesson.municipalityId === actor.municipalityId;
}

/** The same rule as `canReadLesson`, as a WHERE condition on `lessons` (undefined: no restriction). */
export function lessonVisibility(actor: Actor | null): SQL | undefined {
  if (!actor) return eq(lessons.sharing, 'public');
  if (actor.role === 'coordinator' || actor.role === 'admin') return undefined;
  const shared = inArray(lessons.sharing, ['network', 'public']);
  if (actor.role === 'officer' && actor.municipalityId !== null) return or(shared, eq(lessons.municipalityId, actor.municipalityId));
  return shared;
}
