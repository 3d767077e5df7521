import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { GoodPracticeSummarySchema } from '../good-practices/good-practices.schemas.ts';
import { ProposalParam } from './proposals.schemas.ts';

const tags = ['Proposals'];

export const SetProposalGoodPracticesSchema = z
  .object({ goodPracticeIds: z.array(z.string().min(1).max(100)).max(50).openapi({ description: 'Ids from GET /api/good-practices; the whole new list' }) })
  .openapi('SetProposalGoodPractices');

export const listGoodPractices = createRoute({
  method: 'get',
  path: '/api/proposals/{id}/good-practices',
  tags,
  summary: 'The good practices the proposal builds on',
  ...access(anyMember),
  request: { params: ProposalParam },
  responses: { 200: jsonContent(z.array(GoodPracticeSummarySchema), 'Linked practices by title'), ...errorResponses(400, 401, 404) },
});

export const setGoodPractices = createRoute({
  method: 'put',
  path: '/api/proposals/{id}/good-practices',
  tags,
  summary: 'Replace the good practices the proposal builds on (editors); an unknown practice is 400',
  ...access(anyMember),
  request: { params: ProposalParam, body: jsonBody(SetProposalGoodPracticesSchema) },
  responses: { 200: jsonContent(z.array(GoodPracticeSummarySchema), 'The new list'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});
