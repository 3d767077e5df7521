import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, IdParam, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { CreateSavedSearchSchema, SavedSearchSchema } from './saved-searches.schemas.ts';

export const list = createRoute({
  method: 'get',
  path: '/api/saved-searches',
  tags: ['Alerts'],
  summary: 'My saved searches, newest first',
  ...access(anyMember),
  responses: { 200: jsonContent(z.array(SavedSearchSchema), 'Saved searches'), ...errorResponses(401) },
});

export const create = createRoute({
  method: 'post',
  path: '/api/saved-searches',
  tags: ['Alerts'],
  summary: 'Save a search; with notify, calls that newly meet it become notifications (at most 50 searches)',
  ...access(anyMember),
  request: { body: jsonBody(CreateSavedSearchSchema) },
  responses: { 201: jsonContent(SavedSearchSchema, 'The saved search'), ...errorResponses(400, 401, 409, 413, 415) },
});

export const remove = createRoute({
  method: 'delete',
  path: '/api/saved-searches/{id}',
  tags: ['Alerts'],
  summary: 'Delete one of my saved searches (404 for anyone else’s)',
  ...access(anyMember),
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 404) },
});
