import { addProposalComment, listProposalComments, setProposalCommentResolved } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './proposal-comments.routes.ts';

export const listComments: RouteHandler<typeof routes.listComments, AppEnv> = async (c) =>
  c.json(await listProposalComments({ ctx: verbCtx(c), proposalId: c.req.valid('param').id }), 200);

export const addComment: RouteHandler<typeof routes.addComment, AppEnv> = async (c) =>
  c.json(await addProposalComment({ ctx: verbCtx(c), proposalId: c.req.valid('param').id, input: c.req.valid('json') }), 201);

export const resolveComment: RouteHandler<typeof routes.resolveComment, AppEnv> = async (c) => {
  const { id, commentId } = c.req.valid('param');
  return c.json(await setProposalCommentResolved({ ctx: verbCtx(c), proposalId: id, commentId, resolved: true }), 200);
};

export const reopenComment: RouteHandler<typeof routes.reopenComment, AppEnv> = async (c) => {
  const { id, commentId } = c.req.valid('param');
  return c.json(await setProposalCommentResolved({ ctx: verbCtx(c), proposalId: id, commentId, resolved: false }), 200);
};
