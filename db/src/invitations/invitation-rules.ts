import type { Actor } from '../access/actor.ts';
import type { Role } from '../schema/index.ts';

/** An invitation is good for a week: long enough to reach someone on leave, short enough to not linger. */
export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/** Admins invite anyone; coordinators bring in municipal officers only. */
export function canInvite(actor: Actor, role: Role): boolean {
  return actor.role === 'admin' || (actor.role === 'coordinator' && role === 'officer');
}

export type InvitationStatus = 'pending' | 'expired' | 'used' | 'revoked';

export function invitationStatus(
  invitation: { acceptedAt: string | null; revokedAt: string | null; expiresAt: string },
  now: Date,
): InvitationStatus {
  if (invitation.acceptedAt) return 'used';
  if (invitation.revokedAt) return 'revoked';
  return Date.parse(invitation.expiresAt) <= now.getTime() ? 'expired' : 'pending';
}
