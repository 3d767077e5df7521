import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { ForbiddenError } from '../errors.ts';
import { goodPractices } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { requireGoodPracticeRow } from './get.ts';
import { canEditGoodPractices } from './practice-fields.ts';

/** Removes a practice; proposals drop their link to it and its lessons stay, no longer pointing at it. */
export async function deleteGoodPractice({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  if (!canEditGoodPractices(ctx.actor)) throw new ForbiddenError('Only the coordination team deletes good practices.');
  const { practice } = await requireGoodPracticeRow(ctx.db, id);
  await writeBatch(ctx.db, [
    ctx.db.delete(goodPractices).where(eq(goodPractices.id, id)),
    buildAuditEntry(ctx, {
      action: 'good_practice.delete',
      entityType: 'good_practice',
      entityId: id,
      municipalityId: practice.municipalityId,
      details: { title: practice.title },
    }),
  ]);
}
