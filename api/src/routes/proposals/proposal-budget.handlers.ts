import { addBudgetLine, deleteBudgetLine, getBudget as getBudgetVerb, updateBudgetLine } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './proposal-budget.routes.ts';

export const getBudget: RouteHandler<typeof routes.getBudget, AppEnv> = async (c) =>
  c.json(await getBudgetVerb({ ctx: verbCtx(c), proposalId: c.req.valid('param').id }), 200);

export const addLine: RouteHandler<typeof routes.addLine, AppEnv> = async (c) =>
  c.json(await addBudgetLine({ ctx: verbCtx(c), proposalId: c.req.valid('param').id, input: c.req.valid('json') }), 201);

export const updateLine: RouteHandler<typeof routes.updateLine, AppEnv> = async (c) => {
  const { id, lineId } = c.req.valid('param');
  return c.json(await updateBudgetLine({ ctx: verbCtx(c), proposalId: id, lineId, patch: c.req.valid('json') }), 200);
};

export const deleteLine: RouteHandler<typeof routes.deleteLine, AppEnv> = async (c) => {
  const { id, lineId } = c.req.valid('param');
  return c.json(await deleteBudgetLine({ ctx: verbCtx(c), proposalId: id, lineId }), 200);
};
