import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { writeBatch } from '../write-batch.ts';
import { buildEndSessions } from './end-sessions.ts';
import { findAccountById } from './find-account.ts';

/** Ends every session of the acting user, this one included: for a lost laptop or a shared computer. */
export async function logoutEverywhere({ ctx }: { ctx: Ctx }): Promise<void> {
  await writeBatch(ctx.db, [
    buildEndSessions(ctx.db, ctx.actor.userId),
    buildAuditEntry(ctx, { action: 'auth.logout_everywhere', entityType: 'user', entityId: ctx.actor.userId, municipalityId: ctx.actor.municipalityId }),
  ]);
}

/** An admin ends all of someone's sessions, e.g. after a reported theft; the account itself stays usable. */
export async function revokeUserSessions({ ctx, userId }: { ctx: Ctx; userId: string }): Promise<void> {
  if (ctx.actor.role !== 'admin') throw new ForbiddenError('Only administrators end other people’s sessions.');
  const account = await findAccountById({ db: ctx.db, userId });
  if (!account) throw new NotFoundError('User not found.');
  await writeBatch(ctx.db, [
    buildEndSessions(ctx.db, userId),
    buildAuditEntry(ctx, { action: 'user.sessions_revoke', entityType: 'user', entityId: userId, municipalityId: account.municipalityId, details: { email: account.email } }),
  ]);
}
