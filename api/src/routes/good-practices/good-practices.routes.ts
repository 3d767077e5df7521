import { createRoute } from '@hono/zod-openapi';
import { access, anyMember, onlyRoles } from '../../auth/access.ts';
import { errorResponses, IdParam, jsonBody, jsonContent } from '../../lib/schemas.ts';
import {
  CreateGoodPracticeSchema,
  GoodPracticeListSchema,
  GoodPracticeQuerySchema,
  GoodPracticeSchema,
  UpdateGoodPracticeSchema,
} from './good-practices.schemas.ts';

const tags = ['Good practices'];
const coordinationTeam = onlyRoles('coordinator', 'admin');

export const list = createRoute({
  method: 'get',
  path: '/api/good-practices',
  tags,
  summary: 'The network’s good practices: Greek-aware search, filters by theme, programme and municipality',
  ...access(anyMember),
  request: { query: GoodPracticeQuerySchema },
  responses: { 200: jsonContent(GoodPracticeListSchema, 'Best match first with q, else by title'), ...errorResponses(400, 401) },
});

export const get = createRoute({
  method: 'get',
  path: '/api/good-practices/{id}',
  tags,
  summary: 'A good practice with its rendered body, contacts, links and the lessons the caller may read',
  ...access(anyMember),
  request: { params: IdParam },
  responses: { 200: jsonContent(GoodPracticeSchema, 'The practice'), ...errorResponses(400, 401, 404) },
});

export const create = createRoute({
  method: 'post',
  path: '/api/good-practices',
  tags,
  summary: 'Write up a good practice (coordination team)',
  ...access(coordinationTeam),
  request: { body: jsonBody(CreateGoodPracticeSchema) },
  responses: { 201: jsonContent(GoodPracticeSchema, 'The new practice'), ...errorResponses(400, 401, 403, 413, 415) },
});

export const update = createRoute({
  method: 'patch',
  path: '/api/good-practices/{id}',
  tags,
  summary: 'Change a practice read at `version` (409 when stale)',
  ...access(coordinationTeam),
  request: { params: IdParam, body: jsonBody(UpdateGoodPracticeSchema) },
  responses: { 200: jsonContent(GoodPracticeSchema, 'The practice'), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
});

export const remove = createRoute({
  method: 'delete',
  path: '/api/good-practices/{id}',
  tags,
  summary: 'Delete a practice; proposals lose their link to it, its lessons stay',
  ...access(coordinationTeam),
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
});
