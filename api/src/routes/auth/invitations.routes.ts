import { createRoute } from '@hono/zod-openapi';
import { access, everyone } from '../../auth/access.ts';
import { errorResponses, jsonBody, jsonContent } from '../../lib/schemas.ts';
import { AcceptInvitationSchema, InvitationSchema, InvitationTokenParam, MeSchema } from './auth.schemas.ts';

const tags = ['Auth'];

export const getInvitation = createRoute({
  method: 'get',
  path: '/api/invitations/{token}',
  tags,
  summary: 'What an invitation link offers; 404 alike for unknown, used, revoked and expired links',
  ...access(everyone),
  request: { params: InvitationTokenParam },
  responses: { 200: jsonContent(InvitationSchema, 'The invitation'), ...errorResponses(400, 404) },
});

export const acceptInvitation = createRoute({
  method: 'post',
  path: '/api/invitations/{token}/accept',
  tags,
  summary: 'Accept an invitation: creates the account with a password that follows the rules, and logs in',
  ...access(everyone),
  request: { params: InvitationTokenParam, body: jsonBody(AcceptInvitationSchema) },
  responses: { 201: jsonContent(MeSchema, 'Account created and logged in'), ...errorResponses(400, 404, 413, 415) },
});
