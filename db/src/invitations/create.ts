import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../errors.ts';
import { invitations, municipalities, users, type Role } from '../schema/index.ts';
import { normaliseEmail } from '../users/find-account.ts';
import { writeBatch } from '../write-batch.ts';
import { canInvite, invitationLifetimeMs } from './invitation-rules.ts';
import { hashInvitationToken, newInvitationToken } from './invitation-token.ts';

export interface NewInvitation {
  email: string;
  role: Role;
  /** Slug of the officer's municipality; other roles have none. */
  municipality: string | null;
}

/** Records an invitation and returns its token, which exists nowhere else afterwards. */
export async function createInvitation({ ctx, input, now }: { ctx: Ctx; input: NewInvitation; now: Date }) {
  if (!canInvite(ctx.actor, input.role)) throw new ForbiddenError('Coordinators invite municipal officers only.');
  if ((input.role === 'officer') !== (input.municipality !== null)) {
    throw new ValidationError('An officer belongs to exactly one municipality; other roles to none.');
  }
  const email = normaliseEmail(input.email);
  const [existing] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (existing) throw new ConflictError('Someone already has an account with this address.');
  let municipalityId: string | null = null;
  if (input.municipality !== null) {
    const [municipality] = await ctx.db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.slug, input.municipality)).limit(1);
    if (!municipality) throw new ValidationError(`Unknown municipality "${input.municipality}".`);
    municipalityId = municipality.id;
  }
  const id = randomUUID();
  const token = newInvitationToken();
  const expiresAt = new Date(now.getTime() + invitationLifetimeMs);
  await writeBatch(ctx.db, [
    ctx.db.insert(invitations).values({
      id,
      tokenHash: hashInvitationToken(token),
      email,
      role: input.role,
      municipalityId,
      createdByUserId: ctx.actor.userId,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    }),
    buildAuditEntry(ctx, { action: 'invitation.create', entityType: 'invitation', entityId: id, municipalityId, details: { email, role: input.role } }),
  ]);
  return { id, token, expiresAt };
}
