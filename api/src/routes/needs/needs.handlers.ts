import { deleteNeed, getNeed, updateNeed } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './needs.routes.ts';

export const get: RouteHandler<typeof routes.get, AppEnv> = async (c) =>
  c.json(await getNeed({ ctx: verbCtx(c), id: c.req.valid('param').id }), 200);

export const update: RouteHandler<typeof routes.update, AppEnv> = async (c) => {
  const need = await updateNeed({ ctx: verbCtx(c), id: c.req.valid('param').id, patch: c.req.valid('json') });
  c.get('rematch').needsChanged([need.id]);
  return c.json(need, 200);
};

export const remove: RouteHandler<typeof routes.remove, AppEnv> = async (c) => {
  await deleteNeed({ ctx: verbCtx(c), id: c.req.valid('param').id });
  return c.body(null, 204);
};
