import { listTrackedCalls, trackCall, untrackCall } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './tracked-calls.routes.ts';

export const track: RouteHandler<typeof routes.track, AppEnv> = async (c) => {
  await trackCall({ ctx: verbCtx(c), callId: c.req.valid('param').id, now: new Date() });
  return c.body(null, 204);
};

export const untrack: RouteHandler<typeof routes.untrack, AppEnv> = async (c) => {
  await untrackCall({ ctx: verbCtx(c), callId: c.req.valid('param').id });
  return c.body(null, 204);
};

export const list: RouteHandler<typeof routes.list, AppEnv> = async (c) => c.json(await listTrackedCalls({ ctx: verbCtx(c), now: new Date() }), 200);
