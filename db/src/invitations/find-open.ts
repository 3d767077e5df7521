import { eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { invitations, municipalities } from '../schema/index.ts';
import { invitationStatus } from './invitation-rules.ts';
import { hashInvitationToken } from './invitation-token.ts';

/** The invitation a token opens, or undefined alike for unknown, used, revoked and expired tokens. */
export async function findOpenInvitation({ db, token, now }: { db: Database; token: string; now: Date }) {
  const [invitation] = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      municipalityId: invitations.municipalityId,
      municipalitySlug: municipalities.slug,
      municipalityName: municipalities.name,
      municipalityNameEl: municipalities.nameEl,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .leftJoin(municipalities, eq(municipalities.id, invitations.municipalityId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  if (!invitation || invitationStatus(invitation, now) !== 'pending') return undefined;
  return invitation;
}

export type OpenInvitation = NonNullable<Awaited<ReturnType<typeof findOpenInvitation>>>;
