import { createRoute } from '@hono/zod-openapi';
import { access, anyMember, onlyRoles } from '../../auth/access.ts';
import { errorResponses, IdParam, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { CallDetailSchema, CallListSchema, CallQuerySchema, CreateCallSchema, UpdateCallSchema } from './calls.schemas.ts';

const callEditors = onlyRoles('liaison', 'coordinator', 'admin');

export const list = createRoute({
  method: 'get',
  path: '/api/calls',
  tags: ['Calls'],
  summary: 'Funding calls with filters, facets and pagination',
  ...access(anyMember),
  request: { query: CallQuerySchema },
  responses: { 200: jsonContent(CallListSchema, 'A page of calls'), ...errorResponses(400, 401) },
});

export const get = createRoute({
  method: 'get',
  path: '/api/calls/{id}',
  tags: ['Calls'],
  summary: 'One call with its revisions and sources',
  ...access(anyMember),
  request: { params: IdParam },
  responses: { 200: jsonContent(CallDetailSchema, 'The call'), ...errorResponses(401, 404) },
});

export const create = createRoute({
  method: 'post',
  path: '/api/calls',
  tags: ['Calls'],
  summary: 'Enter a call by hand (liaison, coordinator, admin); official ones carry a badge',
  ...access(callEditors),
  request: { body: jsonBody(CreateCallSchema) },
  responses: { 201: jsonContent(CallDetailSchema, 'The new call'), ...errorResponses(400, 401, 403, 413, 415) },
});

export const update = createRoute({
  method: 'patch',
  path: '/api/calls/{id}',
  tags: ['Calls'],
  summary: 'Correct a call (liaison, coordinator, admin); changes of dates and budgets become revisions',
  ...access(callEditors),
  request: { params: IdParam, body: jsonBody(UpdateCallSchema) },
  responses: { 200: jsonContent(CallDetailSchema, 'The changed call'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});
