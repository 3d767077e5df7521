import { and, desc, eq, gte, isNull, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../access/actor.ts';
import type { Database } from '../../create-db.ts';
import { notifications } from '../../schema/index.ts';

const notificationColumns = {
  id: notifications.id,
  kind: notifications.kind,
  title: notifications.title,
  link: notifications.link,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
};

/** The acting user's notifications, newest first; at most `limit`, unread ones only if asked. */
export async function listNotifications({ ctx, unreadOnly = false, limit = 100 }: { ctx: Ctx; unreadOnly?: boolean; limit?: number }) {
  const conditions: SQL[] = [eq(notifications.userId, ctx.actor.userId)];
  if (unreadOnly) conditions.push(isNull(notifications.readAt));
  return ctx.db
    .select(notificationColumns)
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

/** A user's unread notifications created since `since` (ISO): the "what happened" half of the weekly digest. */
export async function listUnreadNotificationsSince({ db, userId, since, limit = 100 }: { db: Database; userId: string; since: string; limit?: number }) {
  return db
    .select(notificationColumns)
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), gte(notifications.createdAt, since)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}
