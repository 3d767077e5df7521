import {
  addProposalMilestone,
  addProposalSection,
  createProposal,
  deleteProposalMilestone,
  getProposal,
  getProposalSection,
  listProposals,
  updateProposal,
  updateProposalSection,
} from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './proposals.routes.ts';

export const list: RouteHandler<typeof routes.list, AppEnv> = async (c) =>
  c.json(await listProposals({ ctx: verbCtx(c), filters: c.req.valid('query') }), 200);

export const create: RouteHandler<typeof routes.create, AppEnv> = async (c) =>
  c.json(await createProposal({ ctx: verbCtx(c), input: c.req.valid('json') }), 201);

export const get: RouteHandler<typeof routes.get, AppEnv> = async (c) =>
  c.json(await getProposal({ ctx: verbCtx(c), id: c.req.valid('param').id }), 200);

export const update: RouteHandler<typeof routes.update, AppEnv> = async (c) =>
  c.json(await updateProposal({ ctx: verbCtx(c), id: c.req.valid('param').id, patch: c.req.valid('json') }), 200);

export const getSection: RouteHandler<typeof routes.getSection, AppEnv> = async (c) => {
  const { id, sectionId } = c.req.valid('param');
  return c.json(await getProposalSection({ ctx: verbCtx(c), proposalId: id, sectionId }), 200);
};

export const addSection: RouteHandler<typeof routes.addSection, AppEnv> = async (c) =>
  c.json(await addProposalSection({ ctx: verbCtx(c), proposalId: c.req.valid('param').id, title: c.req.valid('json').title }), 201);

export const updateSection: RouteHandler<typeof routes.updateSection, AppEnv> = async (c) => {
  const { id, sectionId } = c.req.valid('param');
  return c.json(await updateProposalSection({ ctx: verbCtx(c), proposalId: id, sectionId, patch: c.req.valid('json') }), 200);
};

export const addMilestone: RouteHandler<typeof routes.addMilestone, AppEnv> = async (c) =>
  c.json(await addProposalMilestone({ ctx: verbCtx(c), proposalId: c.req.valid('param').id, input: c.req.valid('json') }), 201);

export const deleteMilestone: RouteHandler<typeof routes.deleteMilestone, AppEnv> = async (c) => {
  const { id, milestoneId } = c.req.valid('param');
  await deleteProposalMilestone({ ctx: verbCtx(c), proposalId: id, milestoneId });
  return c.body(null, 204);
};
