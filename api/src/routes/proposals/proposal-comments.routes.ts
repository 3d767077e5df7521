import { createRoute, z } from '@hono/zod-openapi';
import { access, anyMember } from '../../auth/access.ts';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { CommentParam, CommentThreadSchema, CreateCommentSchema } from './proposal-comments.schemas.ts';
import { ProposalParam } from './proposals.schemas.ts';

const tags = ['Proposals'];

export const listComments = createRoute({
  method: 'get',
  path: '/api/proposals/{id}/comments',
  tags,
  summary: 'Comment threads, oldest first, with their replies',
  ...access(anyMember),
  request: { params: ProposalParam },
  responses: { 200: jsonContent(z.array(CommentThreadSchema), 'Threads'), ...errorResponses(400, 401, 404) },
});

export const addComment = createRoute({
  method: 'post',
  path: '/api/proposals/{id}/comments',
  tags,
  summary: 'Start a thread or reply (editors and reviewers); mentioned people are notified',
  ...access(anyMember),
  request: { params: ProposalParam, body: jsonBody(CreateCommentSchema) },
  responses: { 201: jsonContent(CommentThreadSchema, 'The thread the comment belongs to'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});

export const resolveComment = createRoute({
  method: 'post',
  path: '/api/proposals/{id}/comments/{commentId}/resolve',
  tags,
  summary: 'Resolve a thread',
  ...access(anyMember),
  request: { params: CommentParam },
  responses: { 200: jsonContent(CommentThreadSchema, 'The thread'), ...errorResponses(400, 401, 403, 404) },
});

export const reopenComment = createRoute({
  method: 'post',
  path: '/api/proposals/{id}/comments/{commentId}/reopen',
  tags,
  summary: 'Reopen a resolved thread',
  ...access(anyMember),
  request: { params: CommentParam },
  responses: { 200: jsonContent(CommentThreadSchema, 'The thread'), ...errorResponses(400, 401, 403, 404) },
});
