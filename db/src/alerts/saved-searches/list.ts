import { asc, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../access/actor.ts';
import { savedSearches } from '../../schema/index.ts';
import { savedSearchColumns } from './saved-search-columns.ts';

/** The acting user's saved searches, newest first. Nobody else's: a saved search is personal. */
export async function listSavedSearches({ ctx }: { ctx: Ctx }) {
  return ctx.db
    .select(savedSearchColumns)
    .from(savedSearches)
    .where(eq(savedSearches.userId, ctx.actor.userId))
    .orderBy(desc(savedSearches.createdAt), asc(savedSearches.id));
}
