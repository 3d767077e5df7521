import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.ts';
import {
  CreateMilestoneSchema,
  CreateProposalSchema,
  CreateSectionSchema,
  MilestoneParam,
  MilestoneSchema,
  ProposalListItemSchema,
  ProposalParam,
  ProposalQuerySchema,
  ProposalSchema,
  SectionParam,
  SectionSchema,
  SectionSummarySchema,
  UpdateProposalSchema,
  UpdateSectionSchema,
} from './proposals.schemas.ts';

const tags = ['Proposals'];
const writeErrors = [400, 401, 403, 404, 413, 415] as const;

export const list = createRoute({
  method: 'get',
  path: '/api/proposals',
  tags,
  summary: 'Proposals the caller may read, most recently changed first',
  ...access(anyMember),
  request: { query: ProposalQuerySchema },
  responses: { 200: jsonContent(z.array(ProposalListItemSchema), 'Proposals'), ...errorResponses(400, 401) },
});

export const create = createRoute({
  method: 'post',
  path: '/api/proposals',
  tags,
  summary: 'Start a proposal from a template (officers lead only their own municipality)',
  ...access(anyMember),
  request: { body: jsonBody(CreateProposalSchema) },
  responses: { 201: jsonContent(ProposalSchema, 'The new proposal'), ...errorResponses(...writeErrors) },
});

export const get = createRoute({
  method: 'get',
  path: '/api/proposals/{id}',
  tags,
  summary: 'One proposal (404 to whoever may not read it)',
  ...access(anyMember),
  request: { params: ProposalParam },
  responses: { 200: jsonContent(ProposalSchema, 'The proposal'), ...errorResponses(400, 401, 404) },
});

export const update = createRoute({
  method: 'patch',
  path: '/api/proposals/{id}',
  tags,
  summary: 'Change a proposal read at `version` (409 when stale); reviewers may only move it to or from review',
  ...access(anyMember),
  request: { params: ProposalParam, body: jsonBody(UpdateProposalSchema) },
  responses: { 200: jsonContent(ProposalSchema, 'The changed proposal'), ...errorResponses(...writeErrors, 409) },
});

export const getSection = createRoute({
  method: 'get',
  path: '/api/proposals/{id}/sections/{sectionId}',
  tags,
  summary: 'A section with its plain text',
  ...access(anyMember),
  request: { params: SectionParam },
  responses: { 200: jsonContent(SectionSchema, 'The section'), ...errorResponses(400, 401, 404) },
});

export const addSection = createRoute({
  method: 'post',
  path: '/api/proposals/{id}/sections',
  tags,
  summary: 'Add a section beyond the template, at the end',
  ...access(anyMember),
  request: { params: ProposalParam, body: jsonBody(CreateSectionSchema) },
  responses: { 201: jsonContent(SectionSummarySchema, 'The new section'), ...errorResponses(...writeErrors) },
});

export const updateSection = createRoute({
  method: 'patch',
  path: '/api/proposals/{id}/sections/{sectionId}',
  tags,
  summary: 'Rename a section or move it to another position',
  ...access(anyMember),
  request: { params: SectionParam, body: jsonBody(UpdateSectionSchema) },
  responses: { 200: jsonContent(SectionSummarySchema, 'The section'), ...errorResponses(...writeErrors) },
});

export const addMilestone = createRoute({
  method: 'post',
  path: '/api/proposals/{id}/milestones',
  tags,
  summary: 'Add an internal milestone',
  ...access(anyMember),
  request: { params: ProposalParam, body: jsonBody(CreateMilestoneSchema) },
  responses: { 201: jsonContent(MilestoneSchema, 'The milestone'), ...errorResponses(...writeErrors) },
});

export const deleteMilestone = createRoute({
  method: 'delete',
  path: '/api/proposals/{id}/milestones/{milestoneId}',
  tags,
  summary: 'Delete a milestone',
  ...access(anyMember),
  request: { params: MilestoneParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
});
