import { createRoute } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, IdParam, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { NeedSchema, UpdateNeedSchema } from './needs.schemas.ts';

export const get = createRoute({
  method: 'get',
  path: '/api/needs/{id}',
  tags: ['Needs'],
  summary: 'One need (404 when it is another municipality’s)',
  ...access(anyMember),
  request: { params: IdParam },
  responses: { 200: jsonContent(NeedSchema, 'The need'), ...errorResponses(400, 401, 404) },
});

export const update = createRoute({
  method: 'patch',
  path: '/api/needs/{id}',
  tags: ['Needs'],
  summary: 'Change a need',
  ...access(anyMember),
  request: { params: IdParam, body: jsonBody(UpdateNeedSchema) },
  responses: { 200: jsonContent(NeedSchema, 'The changed need'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});

export const remove = createRoute({
  method: 'delete',
  path: '/api/needs/{id}',
  tags: ['Needs'],
  summary: 'Delete a need',
  ...access(anyMember),
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
});
