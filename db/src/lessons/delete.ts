import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { lessons } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { requireChangeableLesson } from './get.ts';

export async function deleteLesson({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  const lesson = await requireChangeableLesson(ctx, id);
  await writeBatch(ctx.db, [
    ctx.db.delete(lessons).where(eq(lessons.id, id)),
    buildAuditEntry(ctx, { action: 'lesson.delete', entityType: 'lesson', entityId: id, municipalityId: lesson.municipalityId, details: { title: lesson.title } }),
  ]);
}
