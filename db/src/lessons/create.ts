import { randomUUID } from 'node:crypto';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { ForbiddenError } from '../errors.ts';
import { lessons } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { getLesson } from './get.ts';
import { assertLessonReferences, assertSharingHasMunicipality, lessonSearchTerms, type LessonFields } from './lesson-fields.ts';
import { requireLessonProposal } from './lesson-proposal.ts';

/**
 * Records a lesson. An officer's lesson is their municipality's; the coordination team's is the lead
 * municipality's of the linked proposal, or the whole network's when there is none. The liaison reads
 * lessons but does not write them.
 */
export async function createLesson({ ctx, input }: { ctx: Ctx; input: LessonFields }) {
  const { role, municipalityId: ownMunicipalityId } = ctx.actor;
  if (role === 'liaison') throw new ForbiddenError('The ministry liaison reads lessons but does not write them.');
  if (role === 'officer' && ownMunicipalityId === null) throw new ForbiddenError('An officer writes lessons for their own municipality.');
  const proposal = input.proposalId ? await requireLessonProposal(ctx, input.proposalId) : null;
  const municipalityId = role === 'officer' ? ownMunicipalityId : (proposal?.leadMunicipalityId ?? null);
  assertSharingHasMunicipality(input.sharing, municipalityId);
  await assertLessonReferences(ctx.db, input);

  const id = randomUUID();
  const now = new Date().toISOString();
  const themes = [...new Set(input.themes)];
  await writeBatch(ctx.db, [
    ctx.db.insert(lessons).values({
      id,
      proposalId: proposal?.id ?? null,
      municipalityId,
      authorUserId: ctx.actor.userId,
      title: input.title,
      whatHappened: input.whatHappened,
      nextTime: input.nextTime,
      programme: input.programme,
      funder: input.funder,
      themes,
      phase: input.phase,
      sharing: input.sharing,
      goodPracticeId: input.goodPracticeId ?? null,
      searchTerms: lessonSearchTerms(input),
      createdAt: now,
      updatedAt: now,
    }),
    buildAuditEntry(ctx, {
      action: 'lesson.create',
      entityType: 'lesson',
      entityId: id,
      municipalityId,
      details: { title: input.title, sharing: input.sharing, proposalId: proposal?.id ?? null },
    }),
  ]);
  return getLesson({ ctx, id });
}
