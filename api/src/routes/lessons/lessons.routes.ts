import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember, onlyRoles } from '../../auth/access.ts';
import { errorResponses, IdParam, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { CreateLessonSchema, LessonListSchema, LessonParam, LessonQuerySchema, LessonSchema, RelatedLessonSchema, UpdateLessonSchema } from './lessons.schemas.ts';

const tags = ['Lessons'];
const writeErrors = [400, 401, 403, 404, 413, 415] as const;

export const list = createRoute({
  method: 'get',
  path: '/api/lessons',
  tags,
  summary: 'Lessons the caller may read: Greek-aware search (best first) or newest first, with filters',
  ...access(anyMember),
  request: { query: LessonQuerySchema },
  responses: { 200: jsonContent(LessonListSchema, 'A page of lessons'), ...errorResponses(400, 401) },
});

export const create = createRoute({
  method: 'post',
  path: '/api/lessons',
  tags,
  summary: "Record a lesson (officers for their own municipality; the coordination team for a proposal's lead or the network)",
  ...access(onlyRoles('officer', 'coordinator', 'admin')),
  request: { body: jsonBody(CreateLessonSchema) },
  responses: {
    201: jsonContent(LessonSchema, 'The new lesson'),
    ...errorResponses(...writeErrors, 409),
  },
});

export const get = createRoute({
  method: 'get',
  path: '/api/lessons/{id}',
  tags,
  summary: 'One lesson (404 to whoever may not read it)',
  ...access(anyMember),
  request: { params: LessonParam },
  responses: { 200: jsonContent(LessonSchema, 'The lesson'), ...errorResponses(400, 401, 404) },
});

export const update = createRoute({
  method: 'patch',
  path: '/api/lessons/{id}',
  tags,
  summary: 'Change a lesson read at `version` (409 when stale): its author, its municipality’s officers, the coordination team',
  ...access(anyMember),
  request: { params: LessonParam, body: jsonBody(UpdateLessonSchema) },
  responses: { 200: jsonContent(LessonSchema, 'The changed lesson'), ...errorResponses(...writeErrors, 409) },
});

export const remove = createRoute({
  method: 'delete',
  path: '/api/lessons/{id}',
  tags,
  summary: 'Delete a lesson: its author, its municipality’s officers, the coordination team',
  ...access(anyMember),
  request: { params: LessonParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
});

export const forCall = createRoute({
  method: 'get',
  path: '/api/calls/{id}/lessons',
  tags,
  summary: 'Up to 10 lessons the caller may read that bear on this call, best first, with why',
  ...access(anyMember),
  request: { params: IdParam },
  responses: { 200: jsonContent(z.array(RelatedLessonSchema), 'Lessons, best first'), ...errorResponses(401, 404) },
});

export const forProposal = createRoute({
  method: 'get',
  path: '/api/proposals/{id}/lessons',
  tags,
  summary: "Up to 10 lessons for the proposal's call, or for its title and template's programme without one",
  ...access(anyMember),
  request: { params: IdParam },
  responses: { 200: jsonContent(z.array(RelatedLessonSchema), 'Lessons, best first'), ...errorResponses(401, 404) },
});
