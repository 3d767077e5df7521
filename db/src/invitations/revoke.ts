import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts';
import { invitations } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { canInvite, invitationStatus } from './invitation-rules.ts';

/** Withdraws a pending invitation so its link stops working; whoever may make an invitation may revoke it. */
export async function revokeInvitation({ ctx, id, now }: { ctx: Ctx; id: string; now: Date }): Promise<void> {
  const [invitation] = await ctx.db.select().from(invitations).where(eq(invitations.id, id)).limit(1);
  if (!invitation) throw new NotFoundError('Invitation not found.');
  if (!canInvite(ctx.actor, invitation.role)) throw new ForbiddenError('Coordinators manage officer invitations only.');
  const status = invitationStatus(invitation, now);
  if (status !== 'pending') throw new ConflictError(`This invitation is already ${status}.`);
  await writeBatch(ctx.db, [
    ctx.db
      .update(invitations)
      .set({ revokedAt: now.toISOString() })
      .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt))),
    buildAuditEntry(ctx, {
      action: 'invitation.revoke',
      entityType: 'invitation',
      entityId: id,
      municipalityId: invitation.municipalityId,
      details: { email: invitation.email, role: invitation.role },
    }),
  ]);
}
