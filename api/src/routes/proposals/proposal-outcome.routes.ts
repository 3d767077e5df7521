import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { requirePdfBody } from '../../middleware/json-body.ts';
import { AttachmentHeaders, AttachmentSchema, OutcomeSchema, SaveOutcomeSchema } from './proposal-outcome.schemas.ts';
import { ProposalParam } from './proposals.schemas.ts';

const tags = ['Proposals'];
const pdf = z.string().openapi({ format: 'binary' });
const members = access(anyMember);

export const getOutcome = createRoute({
  method: 'get',
  path: '/api/proposals/{id}/outcome',
  tags,
  summary: 'What came of a proposal: amounts, the evaluators’ score and feedback, the report (version 0 until recorded)',
  ...members,
  request: { params: ProposalParam },
  responses: { 200: jsonContent(OutcomeSchema, 'The outcome'), ...errorResponses(400, 401, 404) },
});

export const saveOutcome = createRoute({
  method: 'put',
  path: '/api/proposals/{id}/outcome',
  tags,
  summary: 'Record the outcome at `version` (409 when stale, or `proposal_not_decided` before submission or withdrawal)',
  ...members,
  request: { params: ProposalParam, body: jsonBody(SaveOutcomeSchema) },
  responses: { 200: jsonContent(OutcomeSchema, 'The outcome'), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
});

export const putAttachment = createRoute({
  method: 'put',
  path: '/api/proposals/{id}/outcome/attachment',
  tags,
  summary: 'Upload the evaluation report as the raw PDF body (at most 5 MiB), replacing the one before',
  ...members,
  middleware: [members.middleware, requirePdfBody],
  request: {
    params: ProposalParam,
    headers: AttachmentHeaders,
    body: { required: true, content: { 'application/pdf': { schema: pdf } } },
  },
  responses: { 200: jsonContent(AttachmentSchema, 'The stored file'), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
});

export const getAttachment = createRoute({
  method: 'get',
  path: '/api/proposals/{id}/outcome/attachment',
  tags,
  summary: 'Download the evaluation report',
  ...members,
  request: { params: ProposalParam },
  responses: { 200: { description: 'The PDF', content: { 'application/pdf': { schema: pdf } } }, ...errorResponses(400, 401, 404) },
});

export const deleteAttachment = createRoute({
  method: 'delete',
  path: '/api/proposals/{id}/outcome/attachment',
  tags,
  summary: 'Remove the evaluation report',
  ...members,
  request: { params: ProposalParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
});
