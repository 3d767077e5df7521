import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { assertMunicipalityAccess, needsScope } from '../access/municipality-scope.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { NotFoundError } from '../errors.ts';
import { municipalities, needs } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { getNeed } from './get.ts';
import { assertThemeExists, type NeedFields } from './need-fields.ts';

export async function createNeed({ ctx, municipalitySlug, input }: { ctx: Ctx; municipalitySlug: string; input: NeedFields }) {
  const [municipality] = await ctx.db
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(eq(municipalities.slug, municipalitySlug))
    .limit(1);
  if (!municipality) throw new NotFoundError('Municipality not found.');
  assertMunicipalityAccess(ctx.actor, municipality.id, needsScope, 'write');
  await assertThemeExists(ctx.db, input.category);

  const id = randomUUID();
  const now = new Date().toISOString();
  await writeBatch(ctx.db, [
    ctx.db.insert(needs).values({
      id,
      municipalityId: municipality.id,
      ...input,
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    }),
    buildAuditEntry(ctx, {
      action: 'need.create',
      entityType: 'need',
      entityId: id,
      municipalityId: municipality.id,
      details: { title: input.title },
    }),
  ]);
  return getNeed({ ctx, id });
}
