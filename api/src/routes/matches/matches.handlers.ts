import { listCallMatches, listNeedMatches, setMatchFeedback } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './matches.routes.ts';

export const needMatches: RouteHandler<typeof routes.needMatches, AppEnv> = async (c) =>
  c.json(await listNeedMatches({ ctx: verbCtx(c), needId: c.req.valid('param').id, now: new Date() }), 200);

export const callMatches: RouteHandler<typeof routes.callMatches, AppEnv> = async (c) =>
  c.json(await listCallMatches({ ctx: verbCtx(c), callId: c.req.valid('param').id, now: new Date() }), 200);

export const feedback: RouteHandler<typeof routes.feedback, AppEnv> = async (c) => {
  const { id, callId } = c.req.valid('param');
  const stored = await setMatchFeedback({ ctx: verbCtx(c), needId: id, callId, verdict: c.req.valid('json').verdict, now: new Date() });
  // The ranking of the need follows the verdict once the recompute has run; the answer does not wait for it.
  c.get('rematch').needsChanged([id]);
  return c.json(stored, 200);
};
