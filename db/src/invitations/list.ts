import { desc, eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { alias } from 'drizzle-orm/sqlite-core';
import { invitations, municipalities, users } from '../schema/index.ts';
import { invitationStatus } from './invitation-rules.ts';

const inviters = alias(users, 'inviters');

/** Newest first with their status; coordinators see the officer invitations only, as those are all they make. */
export async function listInvitations({ ctx, now, limit = 200 }: { ctx: Ctx; now: Date; limit?: number }) {
  const rows = await ctx.db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      municipalitySlug: municipalities.slug,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      invitedBy: inviters.email,
    })
    .from(invitations)
    .leftJoin(municipalities, eq(municipalities.id, invitations.municipalityId))
    .leftJoin(inviters, eq(inviters.id, invitations.createdByUserId))
    .where(ctx.actor.role === 'admin' ? undefined : eq(invitations.role, 'officer'))
    .orderBy(desc(invitations.createdAt))
    .limit(limit);
  return rows.map((row) => ({ ...row, status: invitationStatus(row, now) }));
}
