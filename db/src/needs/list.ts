import { asc, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { assertMunicipalityAccess, needsScope } from '../access/municipality-scope.ts';
import { needs } from '../schema/index.ts';
import { requireMunicipalityId } from '../municipalities/require-id.ts';
import { needColumns } from './need-fields.ts';

export async function listNeeds({ ctx, municipalitySlug }: { ctx: Ctx; municipalitySlug: string }) {
  const municipalityId = await requireMunicipalityId(ctx.db, municipalitySlug);
  assertMunicipalityAccess(ctx.actor, municipalityId, needsScope, 'read');
  return ctx.db
    .select(needColumns)
    .from(needs)
    .where(eq(needs.municipalityId, municipalityId))
    .orderBy(asc(needs.priority), desc(needs.updatedAt));
}
