import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { memberships, municipalities, proposalPartners, proposals, users } from '../schema/index.ts';
import { requireProposalAccess } from './proposal-access.ts';

/**
 * Everyone who works on the proposal and may be given a task or mentioned in a comment: active officers of the
 * lead and partner municipalities, the coordination team and admins.
 */
export async function listProposalPeople({ ctx, proposalId }: { ctx: Ctx; proposalId: string }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'read' });
  const [proposal] = await ctx.db.select({ lead: proposals.leadMunicipalityId }).from(proposals).where(eq(proposals.id, proposalId));
  const partners = await ctx.db.select({ id: proposalPartners.municipalityId }).from(proposalPartners).where(eq(proposalPartners.proposalId, proposalId));
  const municipalityIds = [proposal!.lead, ...partners.map((partner) => partner.id)];
  const rows = await ctx.db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      slug: municipalities.slug,
      municipalityName: municipalities.name,
      municipalityNameEl: municipalities.nameEl,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(municipalities, eq(municipalities.id, memberships.municipalityId))
    .where(
      and(
        isNull(users.disabledAt),
        or(inArray(memberships.role, ['coordinator', 'admin']), and(eq(memberships.role, 'officer'), inArray(memberships.municipalityId, municipalityIds))),
      ),
    )
    .orderBy(asc(users.name));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    municipality: row.slug ? { slug: row.slug, name: row.municipalityName!, nameEl: row.municipalityNameEl! } : null,
  }));
}
