import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { buildAuditEntry, type AuditCtx } from '../audit/audit-entry.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
// The guarded write of versioned edits: a guard UPDATE, and the rest only if it changed a row.
import { writeAtVersion } from '../proposals/versioned-write.ts';
import { invitations } from '../schema/index.ts';
import { buildUserInserts } from '../users/create.ts';
import { findAccountByEmail } from '../users/find-account.ts';
import { hashPassword } from '../users/password.ts';
import { assertPasswordAcceptable } from '../users/password-rules.ts';
import { findOpenInvitation } from './find-open.ts';

export const invalidInvitationMessage = 'This invitation link is invalid or has expired.';

/**
 * Turns an open invitation into an account with the invited role and municipality. The invitation is closed
 * by a guarded UPDATE in the same transaction as the inserts, so two tabs accepting at once make one account.
 */
export async function acceptInvitation({
  ctx,
  token,
  input,
  now,
}: {
  ctx: AuditCtx;
  token: string;
  input: { name: string; password: string };
  now: Date;
}): Promise<{ userId: string }> {
  const invitation = await findOpenInvitation({ db: ctx.db, token, now });
  // An address that got an account some other way since (a second invitation) is a dead link too.
  if (!invitation || (await findAccountByEmail({ db: ctx.db, email: invitation.email }))) throw new NotFoundError(invalidInvitationMessage);
  assertPasswordAcceptable(input.password, invitation.email);
  const userId = randomUUID();
  const guard = ctx.db
    .update(invitations)
    .set({ acceptedAt: now.toISOString() })
    .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now.toISOString())));
  const actor = { userId, email: invitation.email, role: invitation.role, municipalityId: invitation.municipalityId };
  const statements = [
    ...buildUserInserts(ctx.db, userId, {
      email: invitation.email,
      name: input.name,
      passwordHash: await hashPassword(input.password),
      role: invitation.role,
      municipalityId: invitation.municipalityId,
    }),
    // After the user exists: the foreign key is checked statement by statement.
    ctx.db.update(invitations).set({ acceptedUserId: userId }).where(eq(invitations.id, invitation.id)),
    buildAuditEntry({ ...ctx, actor }, {
      action: 'invitation.accept',
      entityType: 'invitation',
      entityId: invitation.id,
      municipalityId: invitation.municipalityId,
      details: { userId, email: invitation.email, role: invitation.role },
    }),
  ];
  try {
    await writeAtVersion(ctx.db, guard, statements, 'invitation');
  } catch (error) {
    // Losing the race to another acceptance (or a revocation) reads to the invitee as any other dead link.
    if (error instanceof ConflictError) throw new NotFoundError(invalidInvitationMessage);
    throw error;
  }
  return { userId };
}
