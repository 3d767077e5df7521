import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { lessons } from '../schema/index.ts';
import { writeAtVersion } from '../proposals/versioned-write.ts';
import { getLesson, requireChangeableLesson } from './get.ts';
import { assertLessonReferences, assertSharingHasMunicipality, lessonSearchTerms, type LessonFields } from './lesson-fields.ts';
import { requireLessonProposal } from './lesson-proposal.ts';

export type LessonPatch = Partial<LessonFields> & { version: number };

const plainFields = ['proposalId', 'title', 'whatHappened', 'nextTime', 'programme', 'funder', 'phase', 'sharing', 'goodPracticeId'] as const;
const searchedFields: ReadonlyArray<keyof LessonFields> = ['title', 'whatHappened', 'nextTime', 'funder'];

function sameThemes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((theme) => b.includes(theme));
}

/**
 * Changes a lesson read at `version`; a stale version is refused with 409 and nothing is written. The lesson
 * keeps its municipality whoever edits it: it stays the experience of the city that had it.
 */
export async function updateLesson({ ctx, id, patch }: { ctx: Ctx; id: string; patch: LessonPatch }) {
  const before = await requireChangeableLesson(ctx, id);
  const { version, themes, ...fields } = patch;
  if (fields.proposalId && fields.proposalId !== before.proposalId) await requireLessonProposal(ctx, fields.proposalId);
  assertSharingHasMunicipality(fields.sharing ?? before.sharing, before.municipalityId);
  await assertLessonReferences(ctx.db, { themes, goodPracticeId: fields.goodPracticeId });

  const set: Partial<typeof lessons.$inferInsert> = {};
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of plainFields) {
    const to = fields[field];
    if (to !== undefined && to !== before[field]) {
      Object.assign(set, { [field]: to });
      changes[field] = { from: before[field], to };
    }
  }
  const wantedThemes = themes === undefined ? undefined : [...new Set(themes)];
  if (wantedThemes && !sameThemes(wantedThemes, before.themes)) {
    set.themes = wantedThemes;
    changes.themes = { from: before.themes, to: wantedThemes };
  }
  if (Object.keys(changes).length === 0 && version === before.version) return getLesson({ ctx, id });
  if (searchedFields.some((field) => field in changes)) set.searchTerms = lessonSearchTerms({ ...before, ...set });

  await writeAtVersion(
    ctx.db,
    ctx.db
      .update(lessons)
      .set({ ...set, version: sql`${lessons.version} + 1`, updatedAt: new Date().toISOString() })
      .where(and(eq(lessons.id, id), eq(lessons.version, version))),
    [buildAuditEntry(ctx, { action: 'lesson.update', entityType: 'lesson', entityId: id, municipalityId: before.municipalityId, details: { changes } })],
    'lesson',
  );
  return getLesson({ ctx, id });
}
