import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember, onlyRoles } from '../../auth/access.ts';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { ProposalTemplateSchema, SaveProposalTemplateSchema, TemplateKeyParam } from './proposal-templates.schemas.ts';

export const list = createRoute({
  method: 'get',
  path: '/api/proposal-templates',
  tags: ['Proposals'],
  summary: 'The section templates per programme',
  ...access(anyMember),
  responses: { 200: jsonContent(z.array(ProposalTemplateSchema), 'Templates'), ...errorResponses(401) },
});

export const save = createRoute({
  method: 'put',
  path: '/api/proposal-templates/{key}',
  tags: ['Proposals'],
  summary: 'Create or replace a template (coordination team); proposals already started keep their sections',
  ...access(onlyRoles('coordinator', 'admin')),
  request: { params: TemplateKeyParam, body: jsonBody(SaveProposalTemplateSchema) },
  responses: { 200: jsonContent(ProposalTemplateSchema, 'The template'), ...errorResponses(400, 401, 403, 413, 415) },
});
