import { createLesson, deleteLesson, getLesson, listLessons, listLessonsForCall, listLessonsForProposal, updateLesson } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './lessons.routes.ts';

export const list: RouteHandler<typeof routes.list, AppEnv> = async (c) =>
  c.json(await listLessons({ ctx: verbCtx(c), filters: c.req.valid('query') }), 200);

export const create: RouteHandler<typeof routes.create, AppEnv> = async (c) =>
  c.json(await createLesson({ ctx: verbCtx(c), input: c.req.valid('json') }), 201);

export const get: RouteHandler<typeof routes.get, AppEnv> = async (c) =>
  c.json(await getLesson({ ctx: verbCtx(c), id: c.req.valid('param').id }), 200);

export const update: RouteHandler<typeof routes.update, AppEnv> = async (c) =>
  c.json(await updateLesson({ ctx: verbCtx(c), id: c.req.valid('param').id, patch: c.req.valid('json') }), 200);

export const remove: RouteHandler<typeof routes.remove, AppEnv> = async (c) => {
  await deleteLesson({ ctx: verbCtx(c), id: c.req.valid('param').id });
  return c.body(null, 204);
};

export const forCall: RouteHandler<typeof routes.forCall, AppEnv> = async (c) =>
  c.json(await listLessonsForCall({ ctx: verbCtx(c), callId: c.req.valid('param').id }), 200);

export const forProposal: RouteHandler<typeof routes.forProposal, AppEnv> = async (c) =>
  c.json(await listLessonsForProposal({ ctx: verbCtx(c), proposalId: c.req.valid('param').id }), 200);
