import { createRoute, z } from '@hono/zod-openapi';
import { access, everyone } from '../auth/access.ts';
import { errorResponses } from '../lib/schemas.ts';

export const calendar = createRoute({
  method: 'get',
  path: '/calendar/{file}',
  tags: ['Alerts'],
  summary: 'My calendar of followed calls’ deadlines (iCalendar); the secret token in the address is the key',
  description: 'Subscribe from Outlook or Google Calendar with the `calendarUrl` of GET /api/me, `/calendar/<token>.ics`.',
  ...access(everyone),
  request: { params: z.object({ file: z.string().max(200).openapi({ param: { name: 'file', in: 'path' }, example: '<token>.ics' }) }) },
  responses: {
    200: { description: 'The calendar', content: { 'text/calendar': { schema: z.string() } } },
    ...errorResponses(404),
  },
});

export const officialCallsFeed = createRoute({
  method: 'get',
  path: '/feeds/calls.atom',
  tags: ['Alerts'],
  summary: 'Official calls, newest first (Atom 1.0, public)',
  ...access(everyone),
  responses: { 200: { description: 'The feed', content: { 'application/atom+xml': { schema: z.string() } } } },
});
