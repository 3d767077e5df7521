import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../access/actor.ts';
import { NotFoundError } from '../../errors.ts';
import { savedSearches } from '../../schema/index.ts';

/** Deletes one of the acting user's saved searches; someone else's answers "not found", like a missing one. */
export async function deleteSavedSearch({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  const result = await ctx.db.delete(savedSearches).where(and(eq(savedSearches.id, id), eq(savedSearches.userId, ctx.actor.userId)));
  if (result.rowsAffected === 0) throw new NotFoundError('Saved search not found.');
}
