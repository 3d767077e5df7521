import { z } from '@hono/zod-openapi';
import { roles } from '@cni/db';

const slug = z.string().max(100).regex(/^[a-z0-9-]+$/);

export const AdminUserSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(roles),
    municipality: z.string().nullable().openapi({ description: 'Municipality slug (officers only)' }),
    lastLoginAt: z.string().nullable(),
    disabled: z.boolean(),
  })
  .openapi('AdminUser');

export const UserPatchSchema = z
  .object({
    role: z.enum(roles).optional(),
    municipality: slug.nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .openapi('UserPatch');

export const CreateInvitationSchema = z
  .object({
    email: z.string().trim().max(254).pipe(z.email()),
    role: z.enum(roles),
    municipality: slug.nullable().optional().openapi({ description: 'Municipality slug, for officers only' }),
  })
  .openapi('CreateInvitation');

export const CreatedInvitationSchema = z
  .object({
    id: z.string(),
    url: z.string().openapi({ description: 'The one-time link; it is shown only in this response.' }),
    expiresAt: z.string(),
  })
  .openapi('CreatedInvitation');

export const InvitationRowSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: z.enum(roles),
    municipality: z.string().nullable(),
    status: z.enum(['pending', 'expired', 'used', 'revoked']),
    invitedBy: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    acceptedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('InvitationRow');

export const AuditQuerySchema = z.object({
  action: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(254).optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorEmail: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    municipalityId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
    ipAddress: z.string().nullable(),
    requestId: z.string().nullable(),
  })
  .openapi('AuditEntry');

export const AuditPageSchema = z
  .object({
    entries: z.array(AuditEntrySchema),
    nextBefore: z.number().int().nullable().openapi({ description: 'Pass as `before` for the next (older) page; null on the last.' }),
  })
  .openapi('AuditPage');
