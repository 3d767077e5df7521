import { listProposalGoodPractices, setProposalGoodPractices } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './proposal-good-practices.routes.ts';

export const listGoodPractices: RouteHandler<typeof routes.listGoodPractices, AppEnv> = async (c) =>
  c.json(await listProposalGoodPractices({ ctx: verbCtx(c), proposalId: c.req.valid('param').id }), 200);

export const setGoodPractices: RouteHandler<typeof routes.setGoodPractices, AppEnv> = async (c) =>
  c.json(
    await setProposalGoodPractices({ ctx: verbCtx(c), proposalId: c.req.valid('param').id, goodPracticeIds: c.req.valid('json').goodPracticeIds }),
    200,
  );
