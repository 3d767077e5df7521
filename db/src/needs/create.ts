import { randomUUID } from 'node:crypto';
import type { Ctx } from '../access/actor.ts';
import { assertMunicipalityAccess, needsScope } from '../access/municipality-scope.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { needs } from '../schema/index.ts';
import { requireMunicipalityId } from '../municipalities/require-id.ts';
import { writeBatch } from '../write-batch.ts';
import { getNeed } from './get.ts';
import { assertThemeExists, type NeedFields } from './need-fields.ts';

export async function createNeed({ ctx, municipalitySlug, input }: { ctx: Ctx; municipalitySlug: string; input: NeedFields }) {
  const municipalityId = await requireMunicipalityId(ctx.db, municipalitySlug);
  assertMunicipalityAccess(ctx.actor, municipalityId, needsScope, 'write');
  await assertThemeExists(ctx.db, input.category);

  const id = randomUUID();
  const now = new Date().toISOString();
  await writeBatch(ctx.db, [
    ctx.db.insert(needs).values({
      id,
      municipalityId: municipalityId,
      ...input,
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    }),
    buildAuditEntry(ctx, {
      action: 'need.create',
      entityType: 'need',
      entityId: id,
      municipalityId: municipalityId,
      details: { title: input.title },
    }),
  ]);
  return getNeed({ ctx, id });
}
