import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../access/actor.ts';
import { NotFoundError } from '../../errors.ts';
import { notifications } from '../../schema/index.ts';

/**
 * Marks one of the acting user's notifications read; reading it again keeps the first reading time. Someone
 * else's notification answers "not found", like a missing one.
 */
export async function markNotificationRead({ ctx, id, now }: { ctx: Ctx; id: string; now: Date }): Promise<void> {
  const [notification] = await ctx.db
    .select({ readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, ctx.actor.userId)))
    .limit(1);
  if (!notification) throw new NotFoundError('Notification not found.');
  if (notification.readAt) return;
  await ctx.db
    .update(notifications)
    .set({ readAt: now.toISOString() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt)));
}

export async function markAllNotificationsRead({ ctx, now }: { ctx: Ctx; now: Date }): Promise<void> {
  await ctx.db
    .update(notifications)
    .set({ readAt: now.toISOString() })
    .where(and(eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt)));
}
