import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { CreateTaskSchema, PersonSchema, TaskParam, TaskSchema, UpdateTaskSchema } from './proposal-tasks.schemas.ts';
import { ProposalParam } from './proposals.schemas.ts';

const tags = ['Proposals'];

export const listTasks = createRoute({
  method: 'get',
  path: '/api/proposals/{id}/tasks',
  tags,
  summary: 'The proposal’s checklist',
  ...access(anyMember),
  request: { params: ProposalParam },
  responses: { 200: jsonContent(z.array(TaskSchema), 'Tasks in order'), ...errorResponses(400, 401, 404) },
});

export const createTask = createRoute({
  method: 'post',
  path: '/api/proposals/{id}/tasks',
  tags,
  summary: 'Add a task (editors)',
  ...access(anyMember),
  request: { params: ProposalParam, body: jsonBody(CreateTaskSchema) },
  responses: { 201: jsonContent(TaskSchema, 'The task'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});

export const updateTask = createRoute({
  method: 'patch',
  path: '/api/proposals/{id}/tasks/{taskId}',
  tags,
  summary: 'Change a task read at `version` (409 when stale)',
  ...access(anyMember),
  request: { params: TaskParam, body: jsonBody(UpdateTaskSchema) },
  responses: { 200: jsonContent(TaskSchema, 'The task'), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
});

export const deleteTask = createRoute({
  method: 'delete',
  path: '/api/proposals/{id}/tasks/{taskId}',
  tags,
  summary: 'Delete a task',
  ...access(anyMember),
  request: { params: TaskParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
});

export const listPeople = createRoute({
  method: 'get',
  path: '/api/proposals/{id}/people',
  tags,
  summary: 'Who may be given a task or mentioned: officers of the lead and partners, coordinators, admins',
  ...access(anyMember),
  request: { params: ProposalParam },
  responses: { 200: jsonContent(z.array(PersonSchema), 'People'), ...errorResponses(400, 401, 404) },
});
