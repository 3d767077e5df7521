import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, IdParam, jsonContent } from '../../lib/schemas.ts';
import { NotificationQuerySchema, NotificationSchema } from './notifications.schemas.ts';

export const list = createRoute({
  method: 'get',
  path: '/api/notifications',
  tags: ['Alerts'],
  summary: 'My notifications, newest first (at most 100)',
  ...access(anyMember),
  request: { query: NotificationQuerySchema },
  responses: { 200: jsonContent(z.array(NotificationSchema), 'Notifications'), ...errorResponses(400, 401) },
});

export const markRead = createRoute({
  method: 'post',
  path: '/api/notifications/{id}/read',
  tags: ['Alerts'],
  summary: 'Mark one of my notifications read (404 for anyone else’s)',
  ...access(anyMember),
  request: { params: IdParam },
  responses: { 204: { description: 'Read' }, ...errorResponses(401, 404) },
});

export const markAllRead = createRoute({
  method: 'post',
  path: '/api/notifications/read-all',
  tags: ['Alerts'],
  summary: 'Mark all my notifications read',
  ...access(anyMember),
  responses: { 204: { description: 'All read' }, ...errorResponses(401) },
});
