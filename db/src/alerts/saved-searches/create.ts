import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../access/actor.ts';
import { ConflictError } from '../../errors.ts';
import { savedSearches } from '../../schema/index.ts';
import { maxSavedSearchesPerUser, savedSearchColumns } from './saved-search-columns.ts';
import type { SavedSearchQuery } from './saved-search-query.ts';

export interface NewSavedSearch {
  name: string;
  query: SavedSearchQuery;
  notify: boolean;
}

/**
 * Saves a search for the acting user; calls first seen from now on are new to it. The limit is checked inside
 * the INSERT itself, so two requests racing for the last place cannot both get it. Not audited: saved
 * searches, tracked calls and read marks are a user's own bookmarks, not municipal or shared data.
 */
export async function createSavedSearch({ ctx, input, now }: { ctx: Ctx; input: NewSavedSearch; now: Date }) {
  const id = randomUUID();
  const nowIso = now.toISOString();
  const userId = ctx.actor.userId;
  const result = await ctx.db.$client.execute({
    sql: `INSERT INTO saved_searches (id, user_id, name, query, notify, created_at, checked_at)
          SELECT ?, ?, ?, ?, ?, ?, ? WHERE (SELECT count(*) FROM saved_searches WHERE user_id = ?) < ?`,
    args: [id, userId, input.name, JSON.stringify(input.query), input.notify ? 1 : 0, nowIso, nowIso, userId, maxSavedSearchesPerUser],
  });
  if (result.rowsAffected === 0) {
    throw new ConflictError(`You already keep ${maxSavedSearchesPerUser} saved searches; delete one first.`);
  }
  const [saved] = await ctx.db
    .select(savedSearchColumns)
    .from(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .limit(1);
  return saved!;
}
