import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { needs } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { getNeed } from './get.ts';

export async function deleteNeed({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  const need = await getNeed({ ctx, id, mode: 'write' });
  await writeBatch(ctx.db, [
    ctx.db.delete(needs).where(eq(needs.id, id)),
    buildAuditEntry(ctx, {
      action: 'need.delete',
      entityType: 'need',
      entityId: id,
      municipalityId: need.municipalityId,
      details: { title: need.title },
    }),
  ]);
}
