import { createGoodPractice, deleteGoodPractice, getGoodPractice, listGoodPractices, updateGoodPractice, type GoodPracticeDetail } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import { renderMarkdown } from '../../markdown/render-markdown.ts';
import type * as routes from './good-practices.routes.ts';

// Rendered on the way out rather than stored: a safer sanitiser later applies to every practice at once.
function withBodyHtml(practice: GoodPracticeDetail) {
  return { ...practice, bodyHtml: renderMarkdown(practice.body) };
}

export const list: RouteHandler<typeof routes.list, AppEnv> = async (c) =>
  c.json(await listGoodPractices({ db: c.get('db'), filters: c.req.valid('query') }), 200);

export const get: RouteHandler<typeof routes.get, AppEnv> = async (c) =>
  c.json(withBodyHtml(await getGoodPractice({ ctx: verbCtx(c), id: c.req.valid('param').id })), 200);

export const create: RouteHandler<typeof routes.create, AppEnv> = async (c) =>
  c.json(withBodyHtml(await createGoodPractice({ ctx: verbCtx(c), input: c.req.valid('json') })), 201);

export const update: RouteHandler<typeof routes.update, AppEnv> = async (c) =>
  c.json(withBodyHtml(await updateGoodPractice({ ctx: verbCtx(c), id: c.req.valid('param').id, patch: c.req.valid('json') })), 200);

export const remove: RouteHandler<typeof routes.remove, AppEnv> = async (c) => {
  await deleteGoodPractice({ ctx: verbCtx(c), id: c.req.valid('param').id });
  return c.body(null, 204);
};
