import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { needs } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { getNeed, type NeedRecord } from './get.ts';
import { assertThemeExists, type NeedFields } from './need-fields.ts';

function describeChanges(before: NeedRecord, patch: Partial<NeedFields>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(patch)) {
    const from = before[field as keyof NeedFields];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

export async function updateNeed({ ctx, id, patch }: { ctx: Ctx; id: string; patch: Partial<NeedFields> }) {
  const before = await getNeed({ ctx, id, mode: 'write' });
  if (patch.category !== undefined) await assertThemeExists(ctx.db, patch.category);
  const changes = describeChanges(before, patch);
  if (Object.keys(changes).length === 0) return before;

  await writeBatch(ctx.db, [
    ctx.db
      .update(needs)
      .set({ ...patch, updatedAt: new Date().toISOString() })
      .where(eq(needs.id, id)),
    buildAuditEntry(ctx, {
      action: 'need.update',
      entityType: 'need',
      entityId: id,
      municipalityId: before.municipalityId,
      details: { changes },
    }),
  ]);
  return getNeed({ ctx, id });
}
