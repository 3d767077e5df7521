import { createRoute, z } from '@hono/zod-openapi';
import { access, onlyRoles } from '../../auth/access.ts';
import { errorResponses, IdParam, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { CreateSourceSchema, RunSchema, SourceSchema, UpdateSourceSchema } from './sources.schemas.ts';

const sourceManagers = onlyRoles('coordinator', 'admin');

export const list = createRoute({
  method: 'get',
  path: '/api/sources',
  tags: ['Sources'],
  summary: 'Where calls are collected from, with their health',
  ...access(sourceManagers),
  responses: { 200: jsonContent(z.array(SourceSchema), 'Sources'), ...errorResponses(401, 403) },
});

export const create = createRoute({
  method: 'post',
  path: '/api/sources',
  tags: ['Sources'],
  summary: 'Add a source',
  ...access(sourceManagers),
  request: { body: jsonBody(CreateSourceSchema) },
  responses: { 201: jsonContent(SourceSchema, 'The new source'), ...errorResponses(400, 401, 403, 413, 415) },
});

export const update = createRoute({
  method: 'patch',
  path: '/api/sources/{id}',
  tags: ['Sources'],
  summary: 'Change a source',
  ...access(sourceManagers),
  request: { params: IdParam, body: jsonBody(UpdateSourceSchema) },
  responses: { 200: jsonContent(SourceSchema, 'The changed source'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});

export const remove = createRoute({
  method: 'delete',
  path: '/api/sources/{id}',
  tags: ['Sources'],
  summary: 'Delete a source (its calls stay)',
  ...access(sourceManagers),
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
});

export const run = createRoute({
  method: 'post',
  path: '/api/sources/{id}/run',
  tags: ['Sources'],
  summary: 'Run the source now; answers when the run is done, with its figures',
  ...access(sourceManagers),
  request: { params: IdParam },
  responses: { 200: jsonContent(RunSchema, 'The finished run (status ok or error)'), ...errorResponses(400, 401, 403, 404, 409) },
});

export const runs = createRoute({
  method: 'get',
  path: '/api/sources/{id}/runs',
  tags: ['Sources'],
  summary: 'The run log of a source, newest first',
  ...access(sourceManagers),
  request: { params: IdParam },
  responses: { 200: jsonContent(z.array(RunSchema), 'Runs'), ...errorResponses(401, 403, 404) },
});
