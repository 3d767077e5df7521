import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { canAccessMunicipality, needsScope } from '../access/municipality-scope.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { needs } from '../schema/index.ts';
import { needColumns } from './need-fields.ts';

/**
 * A need the actor may see. Another municipality's need answers "not found", not "forbidden", so ids
 * cannot be probed to learn what other municipalities record.
 */
export async function getNeed({ ctx, id, mode = 'read' }: { ctx: Ctx; id: string; mode?: 'read' | 'write' }) {
  const [need] = await ctx.db.select(needColumns).from(needs).where(eq(needs.id, id)).limit(1);
  if (!need || !canAccessMunicipality(ctx.actor, need.municipalityId, needsScope, 'read')) {
    throw new NotFoundError('Need not found.');
  }
  if (mode === 'write' && !canAccessMunicipality(ctx.actor, need.municipalityId, needsScope, 'write')) {
    throw new ForbiddenError('You may read this need but not change it.');
  }
  return need;
}

export type NeedRecord = Awaited<ReturnType<typeof getNeed>>;
