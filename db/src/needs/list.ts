import { asc, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { assertMunicipalityAccess, needsScope } from '../access/municipality-scope.ts';
import { NotFoundError } from '../errors.ts';
import { municipalities, needs } from '../schema/index.ts';
import { needColumns } from './need-fields.ts';

export async function listNeeds({ ctx, municipalitySlug }: { ctx: Ctx; municipalitySlug: string }) {
  const [municipality] = await ctx.db
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(eq(municipalities.slug, municipalitySlug))
    .limit(1);
  if (!municipality) throw new NotFoundError('Municipality not found.');
  assertMunicipalityAccess(ctx.actor, municipality.id, needsScope, 'read');
  return ctx.db
    .select(needColumns)
    .from(needs)
    .where(eq(needs.municipalityId, municipality.id))
    .orderBy(asc(needs.priority), desc(needs.updatedAt));
}
