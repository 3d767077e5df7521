import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import type { Database } from '../create-db.ts';
import { goodPractices, lessons, municipalities, proposals, users } from '../schema/index.ts';
import { canChangeLesson } from './lesson-fields.ts';

const viewColumns = {
  id: lessons.id,
  proposalId: lessons.proposalId,
  proposalTitle: proposals.title,
  municipalityId: lessons.municipalityId,
  municipalitySlug: municipalities.slug,
  municipalityName: municipalities.name,
  municipalityNameEl: municipalities.nameEl,
  authorUserId: lessons.authorUserId,
  authorName: users.name,
  title: lessons.title,
  whatHappened: lessons.whatHappened,
  nextTime: lessons.nextTime,
  programme: lessons.programme,
  funder: lessons.funder,
  themes: lessons.themes,
  phase: lessons.phase,
  sharing: lessons.sharing,
  goodPracticeId: lessons.goodPracticeId,
  goodPracticeTitle: goodPractices.title,
  createdAt: lessons.createdAt,
  updatedAt: lessons.updatedAt,
  version: lessons.version,
};

function selectViewRows(db: Database, ids: readonly string[]) {
  return db
    .select(viewColumns)
    .from(lessons)
    .leftJoin(proposals, eq(proposals.id, lessons.proposalId))
    .leftJoin(municipalities, eq(municipalities.id, lessons.municipalityId))
    .leftJoin(users, eq(users.id, lessons.authorUserId))
    .leftJoin(goodPractices, eq(goodPractices.id, lessons.goodPracticeId))
    .where(inArray(lessons.id, [...ids]));
}

function toView(row: Awaited<ReturnType<typeof selectViewRows>>[number], actor: Actor) {
  return {
    id: row.id,
    proposalId: row.proposalId,
    proposalTitle: row.proposalTitle,
    municipality:
      row.municipalitySlug !== null && row.municipalityName !== null && row.municipalityNameEl !== null
        ? { slug: row.municipalitySlug, name: row.municipalityName, nameEl: row.municipalityNameEl }
        : null,
    author: row.authorName !== null ? { name: row.authorName } : null,
    title: row.title,
    whatHappened: row.whatHappened,
    nextTime: row.nextTime,
    programme: row.programme,
    funder: row.funder,
    themes: row.themes,
    phase: row.phase,
    sharing: row.sharing,
    goodPractice: row.goodPracticeId !== null && row.goodPracticeTitle !== null ? { id: row.goodPracticeId, title: row.goodPracticeTitle } : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    canEdit: canChangeLesson(actor, row),
  };
}

export type LessonView = ReturnType<typeof toView>;

/**
 * Lessons as the API shows them, in the order of `ids`. Callers pass only ids the actor may read (they come
 * from a query under `lessonVisibility`, or passed `canReadLesson`): this only dresses them.
 */
export async function loadLessonViews(db: Database, actor: Actor, ids: readonly string[]): Promise<LessonView[]> {
  if (ids.length === 0) return [];
  const rows = await selectViewRows(db, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toView(row, actor)] : [];
  });
}
