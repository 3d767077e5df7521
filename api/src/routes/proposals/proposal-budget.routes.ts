import { createRoute } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { BudgetLineParam, BudgetSchema, CreateBudgetLineSchema, UpdateBudgetLineSchema } from './proposal-budget.schemas.ts';
import { ProposalParam } from './proposals.schemas.ts';

const tags = ['Proposals'];

export const getBudget = createRoute({
  method: 'get',
  path: '/api/proposals/{id}/budget',
  tags,
  summary: 'The budget table with totals in cents, co-financing rate and warnings',
  ...access(anyMember),
  request: { params: ProposalParam },
  responses: { 200: jsonContent(BudgetSchema, 'The budget'), ...errorResponses(400, 401, 404) },
});

export const addLine = createRoute({
  method: 'post',
  path: '/api/proposals/{id}/budget/lines',
  tags,
  summary: 'Add a budget line (editors)',
  ...access(anyMember),
  request: { params: ProposalParam, body: jsonBody(CreateBudgetLineSchema) },
  responses: { 201: jsonContent(BudgetSchema, 'The budget with the new line'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});

export const updateLine = createRoute({
  method: 'patch',
  path: '/api/proposals/{id}/budget/lines/{lineId}',
  tags,
  summary: 'Change a budget line read at `version` (409 when stale)',
  ...access(anyMember),
  request: { params: BudgetLineParam, body: jsonBody(UpdateBudgetLineSchema) },
  responses: { 200: jsonContent(BudgetSchema, 'The budget'), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
});

export const deleteLine = createRoute({
  method: 'delete',
  path: '/api/proposals/{id}/budget/lines/{lineId}',
  tags,
  summary: 'Delete a budget line',
  ...access(anyMember),
  request: { params: BudgetLineParam },
  responses: { 200: jsonContent(BudgetSchema, 'The budget without the line'), ...errorResponses(401, 403, 404) },
});
