import { createAnnouncement, getAnnouncementReach, listAnnouncements, markAnnouncementOpened } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './announcements.routes.ts';

export const create: RouteHandler<typeof routes.create, AppEnv> = async (c) => {
  const created = await createAnnouncement({ ctx: verbCtx(c), input: c.req.valid('json'), now: new Date() });
  c.get('rematch').callsChanged([created.callId]);
  return c.json(created, 201);
};

export const list: RouteHandler<typeof routes.list, AppEnv> = async (c) =>
  c.json(await listAnnouncements({ ctx: verbCtx(c), active: c.req.valid('query').active, now: new Date() }), 200);

export const markOpened: RouteHandler<typeof routes.markOpened, AppEnv> = async (c) => {
  await markAnnouncementOpened({ ctx: verbCtx(c), id: c.req.valid('param').id, now: new Date() });
  return c.body(null, 204);
};

export const reach: RouteHandler<typeof routes.reach, AppEnv> = async (c) =>
  c.json(await getAnnouncementReach({ ctx: verbCtx(c), id: c.req.valid('param').id }), 200);
