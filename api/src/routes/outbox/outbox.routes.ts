import { createRoute, z } from '@hono/zod-openapi';
import { access, onlyRoles } from '../../auth/access.ts';
import { errorResponses, jsonContent } from '../../lib/schemas.ts';
import { OutboxMailSchema } from './outbox.schemas.ts';

export const list = createRoute({
  method: 'get',
  path: '/api/outbox',
  tags: ['Alerts'],
  summary: 'The newest 100 mails of the outbox, sent or kept (admin)',
  ...access(onlyRoles('admin')),
  responses: { 200: jsonContent(z.array(OutboxMailSchema), 'Mail'), ...errorResponses(401, 403) },
});
