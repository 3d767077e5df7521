import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import type { Database } from '../create-db.ts';
import { ValidationError } from '../errors.ts';
import { goodPractices, themes, type LessonPhase, type Programme, type SharingLevel } from '../schema/index.ts';
import { analyseText } from '../search/analyse-text.ts';

/** What a person writes of a lesson; the municipality and the author follow from who writes it. */
export interface LessonFields {
  proposalId: string | null;
  title: string;
  whatHappened: string;
  nextTime: string;
  programme: Programme;
  funder: string | null;
  themes: string[];
  phase: LessonPhase;
  sharing: SharingLevel;
  goodPracticeId?: string | null;
}

/** The words lesson_fts indexes: the same analysis as calls, so one query finds `Μεταναστών` and `ΜΕΤΑΝΑΣΤΕΣ`. */
export function lessonSearchTerms(lesson: Pick<LessonFields, 'title' | 'whatHappened' | 'nextTime' | 'funder'>): string {
  return analyseText([lesson.title, lesson.whatHappened, lesson.nextTime, lesson.funder ?? ''].join(' \n ')).join(' ');
}

/**
 * Who may change or delete a lesson: its author, the officers of its municipality (the experience is the
 * municipality's, not one person's) and the coordination team, which curates every lesson.
 */
export function canChangeLesson(actor: Actor, lesson: { authorUserId: string | null; municipalityId: string | null }): boolean {
  if (actor.role === 'coordinator' || actor.role === 'admin') return true;
  if (lesson.authorUserId === actor.userId) return true;
  return actor.role === 'officer' && actor.municipalityId !== null && lesson.municipalityId === actor.municipalityId;
}

/** A municipality-only lesson with no municipality would be readable by no officer at all (400). */
export function assertSharingHasMunicipality(sharing: SharingLevel, municipalityId: string | null): void {
  if (sharing === 'municipality' && municipalityId === null) {
    throw new ValidationError('A lesson kept within one municipality needs a municipality: link a proposal, or share it with the network.');
  }
}

/** Themes must come from the controlled list and a linked good practice must exist: else the body is wrong (400). */
export async function assertLessonReferences(db: Database, fields: { themes?: readonly string[]; goodPracticeId?: string | null }): Promise<void> {
  const wanted = [...new Set(fields.themes ?? [])];
  if (wanted.length > 0) {
    const known = new Set((await db.select({ slug: themes.slug }).from(themes).where(inArray(themes.slug, wanted))).map((row) => row.slug));
    const unknown = wanted.filter((slug) => !known.has(slug));
    if (unknown.length > 0) throw new ValidationError(`Unknown theme: ${unknown.join(', ')}.`);
  }
  if (fields.goodPracticeId) {
    const [practice] = await db.select({ id: goodPractices.id }).from(goodPractices).where(eq(goodPractices.id, fields.goodPracticeId)).limit(1);
    if (!practice) throw new ValidationError(`Unknown good practice: ${fields.goodPracticeId}.`);
  }
}
