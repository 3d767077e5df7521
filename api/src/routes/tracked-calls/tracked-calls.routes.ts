import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, IdParam, jsonContent } from '../../lib/schemas.ts';
import { TrackedCallSchema } from './tracked-calls.schemas.ts';

export const track = createRoute({
  method: 'put',
  path: '/api/calls/{id}/track',
  tags: ['Alerts'],
  summary: 'Follow a call: its changes notify me and its deadline enters my calendar (idempotent)',
  ...access(anyMember),
  request: { params: IdParam },
  responses: { 204: { description: 'Followed' }, ...errorResponses(401, 404) },
});

export const untrack = createRoute({
  method: 'delete',
  path: '/api/calls/{id}/track',
  tags: ['Alerts'],
  summary: 'Stop following a call (idempotent)',
  ...access(anyMember),
  request: { params: IdParam },
  responses: { 204: { description: 'Not followed' }, ...errorResponses(401, 404) },
});

export const list = createRoute({
  method: 'get',
  path: '/api/tracked-calls',
  tags: ['Alerts'],
  summary: 'The calls I follow, nearest deadline first',
  ...access(anyMember),
  responses: { 200: jsonContent(z.array(TrackedCallSchema), 'Followed calls'), ...errorResponses(401) },
});
