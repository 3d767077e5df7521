import { createRoute, z } from '@hono/zod-openapi';
import { access, everyone } from '../../auth/access.ts';
import { jsonContent } from '../../lib/schemas.ts';

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.enum(['ok', 'unreachable']),
    uptimeSeconds: z.number().int(),
    time: z.string(),
  })
  .openapi('Health');

export const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['Health'],
  summary: 'Liveness and database reachability, for monitors and load balancers',
  ...access(everyone),
  responses: {
    200: jsonContent(HealthSchema, 'Healthy'),
    503: jsonContent(HealthSchema, 'The database cannot be reached'),
  },
});
