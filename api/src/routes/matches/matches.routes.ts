import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, IdParam, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { CallMatchSchema, MatchFeedbackBody, MatchFeedbackParams, MatchFeedbackSchema, NeedMatchSchema } from './matches.schemas.ts';

export const needMatches = createRoute({
  method: 'get',
  path: '/api/needs/{id}/matches',
  tags: ['Matching'],
  summary: 'The calls that fit a need, best first, with the reasons (404 when it is another municipality’s need)',
  ...access(anyMember),
  request: { params: IdParam },
  responses: { 200: jsonContent(z.array(NeedMatchSchema), 'Matched calls, best first'), ...errorResponses(401, 404) },
});

export const callMatches = createRoute({
  method: 'get',
  path: '/api/calls/{id}/matches',
  tags: ['Matching'],
  summary: 'The needs a call fits, best first: an officer sees their municipality’s, coordinators and admins every municipality’s',
  ...access(anyMember),
  request: { params: IdParam },
  responses: { 200: jsonContent(z.array(CallMatchSchema), 'Matched needs, best first'), ...errorResponses(401, 403, 404) },
});

export const feedback = createRoute({
  method: 'put',
  path: '/api/needs/{id}/matches/{callId}/feedback',
  tags: ['Matching'],
  summary: 'Mark a call relevant or not relevant for a need (null takes it back); later rankings follow',
  ...access(anyMember),
  request: { params: MatchFeedbackParams, body: jsonBody(MatchFeedbackBody) },
  responses: { 200: jsonContent(MatchFeedbackSchema, 'The verdict as stored'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});
