import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember, onlyRoles } from '../../auth/access.ts';
import { errorResponses, IdParam, jsonBody, jsonContent } from '../../lib/schemas.ts';
import {
  AnnouncementQuerySchema,
  AnnouncementReachSchema,
  AnnouncementSchema,
  CreateAnnouncementSchema,
  CreatedAnnouncementSchema,
} from './announcements.schemas.ts';

const tags = ['Announcements'];

export const create = createRoute({
  method: 'post',
  path: '/api/announcements',
  tags,
  summary: 'Announce a call to the network (ministry liaison, admin): an official call, matched and notified',
  ...access(onlyRoles('liaison', 'admin')),
  request: { body: jsonBody(CreateAnnouncementSchema) },
  responses: { 201: jsonContent(CreatedAnnouncementSchema, 'The announcement and its call'), ...errorResponses(400, 401, 403, 413, 415) },
});

export const list = createRoute({
  method: 'get',
  path: '/api/announcements',
  tags,
  summary: 'Announcements newest first; officers see those for their municipality or for everyone',
  ...access(anyMember),
  request: { query: AnnouncementQuerySchema },
  responses: { 200: jsonContent(z.array(AnnouncementSchema), 'Announcements'), ...errorResponses(400, 401) },
});

export const markOpened = createRoute({
  method: 'post',
  path: '/api/announcements/{id}/opened',
  tags,
  summary: 'Record that I opened an announcement (the first time counts; 404 for one not meant for me)',
  ...access(anyMember),
  request: { params: IdParam },
  responses: { 204: { description: 'Recorded' }, ...errorResponses(401, 404) },
});

export const reach = createRoute({
  method: 'get',
  path: '/api/announcements/{id}/reach',
  tags,
  summary: 'Per targeted municipality: opened when and by whom, and proposals started for the call',
  ...access(onlyRoles('liaison', 'coordinator', 'admin')),
  request: { params: IdParam },
  responses: { 200: jsonContent(AnnouncementReachSchema, 'The announcement’s reach'), ...errorResponses(401, 403, 404) },
});
