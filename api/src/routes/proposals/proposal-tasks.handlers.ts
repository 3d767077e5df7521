import { createProposalTask, deleteProposalTask, listProposalPeople, listProposalTasks, updateProposalTask } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './proposal-tasks.routes.ts';

export const listTasks: RouteHandler<typeof routes.listTasks, AppEnv> = async (c) =>
  c.json(await listProposalTasks({ ctx: verbCtx(c), proposalId: c.req.valid('param').id }), 200);

export const createTask: RouteHandler<typeof routes.createTask, AppEnv> = async (c) =>
  c.json(await createProposalTask({ ctx: verbCtx(c), proposalId: c.req.valid('param').id, input: c.req.valid('json') }), 201);

export const updateTask: RouteHandler<typeof routes.updateTask, AppEnv> = async (c) => {
  const { id, taskId } = c.req.valid('param');
  return c.json(await updateProposalTask({ ctx: verbCtx(c), proposalId: id, taskId, patch: c.req.valid('json') }), 200);
};

export const deleteTask: RouteHandler<typeof routes.deleteTask, AppEnv> = async (c) => {
  const { id, taskId } = c.req.valid('param');
  await deleteProposalTask({ ctx: verbCtx(c), proposalId: id, taskId });
  return c.body(null, 204);
};

export const listPeople: RouteHandler<typeof routes.listPeople, AppEnv> = async (c) =>
  c.json(await listProposalPeople({ ctx: verbCtx(c), proposalId: c.req.valid('param').id }), 200);
