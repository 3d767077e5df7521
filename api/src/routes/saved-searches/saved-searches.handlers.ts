import { createSavedSearch, deleteSavedSearch, listSavedSearches } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './saved-searches.routes.ts';

export const list: RouteHandler<typeof routes.list, AppEnv> = async (c) => c.json(await listSavedSearches({ ctx: verbCtx(c) }), 200);

export const create: RouteHandler<typeof routes.create, AppEnv> = async (c) =>
  c.json(await createSavedSearch({ ctx: verbCtx(c), input: c.req.valid('json'), now: new Date() }), 201);

export const remove: RouteHandler<typeof routes.remove, AppEnv> = async (c) => {
  await deleteSavedSearch({ ctx: verbCtx(c), id: c.req.valid('param').id });
  return c.body(null, 204);
};
