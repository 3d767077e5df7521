import { createRoute, z } from '@hono/zod-openapi';
import { access, onlyRoles } from '../../auth/access.ts';
import { errorResponses, IdParam, jsonBody, jsonContent } from '../../lib/schemas.ts';
import {
  AdminUserSchema,
  AuditPageSchema,
  AuditQuerySchema,
  CreatedInvitationSchema,
  CreateInvitationSchema,
  InvitationRowSchema,
  UserPatchSchema,
} from './admin.schemas.ts';

const tags = ['Admin'];
const admins = access(onlyRoles('admin'));
// Coordinators bring municipal officers into the network; the verbs stop them inviting other roles.
const inviters = access(onlyRoles('admin', 'coordinator'));

export const listUsers = createRoute({
  method: 'get',
  path: '/api/admin/users',
  tags,
  summary: 'Every account with role, municipality, last login and whether it is disabled',
  ...admins,
  responses: { 200: jsonContent(z.array(AdminUserSchema), 'Users'), ...errorResponses(401, 403) },
});

export const updateUser = createRoute({
  method: 'patch',
  path: '/api/admin/users/{id}',
  tags,
  summary: 'Change a role or municipality, disable or enable (not oneself); disabling ends their sessions',
  ...admins,
  request: { params: IdParam, body: jsonBody(UserPatchSchema) },
  responses: { 204: { description: 'Saved' }, ...errorResponses(400, 401, 403, 404, 413, 415) },
});

export const revokeUserSessions = createRoute({
  method: 'post',
  path: '/api/admin/users/{id}/sessions/revoke',
  tags,
  summary: 'End every session of a user; they must log in again',
  ...admins,
  request: { params: IdParam },
  responses: { 204: { description: 'Sessions ended' }, ...errorResponses(401, 403, 404) },
});

export const createInvitation = createRoute({
  method: 'post',
  path: '/api/admin/invitations',
  tags,
  summary: 'Invite someone by a one-time link valid for 7 days (coordinators: officers only)',
  ...inviters,
  request: { body: jsonBody(CreateInvitationSchema) },
  responses: { 201: jsonContent(CreatedInvitationSchema, 'The invitation and its link, shown once'), ...errorResponses(400, 401, 403, 409, 413, 415) },
});

export const listInvitations = createRoute({
  method: 'get',
  path: '/api/admin/invitations',
  tags,
  summary: 'Invitations newest first with their status (pending, expired, used, revoked)',
  ...inviters,
  responses: { 200: jsonContent(z.array(InvitationRowSchema), 'Invitations'), ...errorResponses(401, 403) },
});

export const revokeInvitation = createRoute({
  method: 'delete',
  path: '/api/admin/invitations/{id}',
  tags,
  summary: 'Revoke a pending invitation; its link stops working',
  ...inviters,
  request: { params: IdParam },
  responses: { 204: { description: 'Revoked' }, ...errorResponses(401, 403, 404, 409) },
});

export const listAudit = createRoute({
  method: 'get',
  path: '/api/admin/audit',
  tags,
  summary: 'The audit log newest first, filtered by action (prefix) and actor e-mail, paged by `before`',
  ...admins,
  request: { query: AuditQuerySchema },
  responses: { 200: jsonContent(AuditPageSchema, 'One page of the audit log'), ...errorResponses(400, 401, 403) },
});
