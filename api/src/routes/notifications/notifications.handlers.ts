import { listNotifications, markAllNotificationsRead, markNotificationRead } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './notifications.routes.ts';

export const list: RouteHandler<typeof routes.list, AppEnv> = async (c) =>
  c.json(await listNotifications({ ctx: verbCtx(c), unreadOnly: c.req.valid('query').unread, limit: 100 }), 200);

export const markRead: RouteHandler<typeof routes.markRead, AppEnv> = async (c) => {
  await markNotificationRead({ ctx: verbCtx(c), id: c.req.valid('param').id, now: new Date() });
  return c.body(null, 204);
};

export const markAllRead: RouteHandler<typeof routes.markAllRead, AppEnv> = async (c) => {
  await markAllNotificationsRead({ ctx: verbCtx(c), now: new Date() });
  return c.body(null, 204);
};
