import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry, recordAudit } from '../audit/audit-entry.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { users } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { buildEndSessions } from './end-sessions.ts';
import { findAccountById } from './find-account.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { assertPasswordAcceptable } from './password-rules.ts';

/**
 * Changes the acting user's own password after checking the current one, and ends their other sessions: a
 * password is changed because it may be known, and whoever knew it may already be logged in elsewhere.
 */
export async function changePassword({
  ctx,
  input,
  keepSessionId,
}: {
  ctx: Ctx;
  input: { currentPassword: string; newPassword: string };
  keepSessionId: string;
}): Promise<void> {
  const account = await findAccountById({ db: ctx.db, userId: ctx.actor.userId });
  if (!account) throw new NotFoundError('User not found.');
  if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
    await recordAudit(ctx, { action: 'auth.password_change.failed', entityType: 'user', entityId: account.id, municipalityId: account.municipalityId });
    throw new ForbiddenError('The current password is wrong.');
  }
  assertPasswordAcceptable(input.newPassword, account.email);
  await writeBatch(ctx.db, [
    ctx.db.update(users).set({ passwordHash: await hashPassword(input.newPassword) }).where(eq(users.id, account.id)),
    buildEndSessions(ctx.db, account.id, keepSessionId),
    buildAuditEntry(ctx, { action: 'auth.password_change', entityType: 'user', entityId: account.id, municipalityId: account.municipalityId }),
  ]);
}
