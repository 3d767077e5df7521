import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../create-db.ts';
import { buildNotificationInserts, type NewNotification } from '../../notifications/create.ts';
import { savedSearches } from '../../schema/index.ts';
import { writeBatch } from '../../write-batch.ts';

/** The searches whose owners asked to be told about new calls, oldest check first. */
export async function listSearchesToCheck({ db }: { db: Database }) {
  return db
    .select({
      id: savedSearches.id,
      userId: savedSearches.userId,
      name: savedSearches.name,
      query: savedSearches.query,
      createdAt: savedSearches.createdAt,
      checkedAt: savedSearches.checkedAt,
    })
    .from(savedSearches)
    .where(eq(savedSearches.notify, true))
    .orderBy(asc(savedSearches.checkedAt), asc(savedSearches.id));
}

/** The notifications a check produced and the moment it looked, written together: a check counts whole or not at all. */
export async function recordSearchCheck({
  db,
  searchId,
  notifications,
  checkedAt,
}: {
  db: Database;
  searchId: string;
  notifications: NewNotification[];
  checkedAt: Date;
}): Promise<void> {
  await writeBatch(db, [
    ...buildNotificationInserts(notifications, checkedAt),
    // Two schedulers may check the same search; the later look must win whatever order they finish in.
    db
      .update(savedSearches)
      .set({ checkedAt: sql`max(${savedSearches.checkedAt}, ${checkedAt.toISOString()})` })
      .where(eq(savedSearches.id, searchId)),
  ]);
}
