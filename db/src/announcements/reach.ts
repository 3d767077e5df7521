import { asc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { municipalityRefColumns } from '../dashboard/dashboard-scope.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { announcementOpens, announcements, announcementTargets, municipalities, proposalPartners, proposals, users, type Role } from '../schema/index.ts';

const reachReaders: readonly Role[] = ['liaison', 'coordinator', 'admin'];

/**
 * Whether the announcement reached each municipality it was for (all of them when untargeted): when its officers
 * first opened it and who, and the proposals for the announced call that the municipality leads or partners in.
 */
export async function getAnnouncementReach({ ctx, id }: { ctx: Ctx; id: string }) {
  const { db, actor } = ctx;
  if (!reachReaders.includes(actor.role)) throw new ForbiddenError('Your role may not see who opened announcements.');
  const [announcement] = await db.select({ callId: announcements.callId }).from(announcements).where(eq(announcements.id, id)).limit(1);
  if (!announcement) throw new NotFoundError('Announcement not found.');

  const targetIds = (
    await db.select({ id: announcementTargets.municipalityId }).from(announcementTargets).where(eq(announcementTargets.announcementId, id))
  ).map((row) => row.id);
  const targets = await db
    .select({ id: municipalities.id, municipality: municipalityRefColumns })
    .from(municipalities)
    .where(targetIds.length > 0 ? inArray(municipalities.id, targetIds) : undefined)
    .orderBy(asc(municipalities.name));

  const opens = await db
    .select({ municipalityId: announcementOpens.municipalityId, openedAt: announcementOpens.openedAt, name: users.name })
    .from(announcementOpens)
    .innerJoin(users, eq(users.id, announcementOpens.userId))
    .where(eq(announcementOpens.announcementId, id))
    .orderBy(asc(announcementOpens.openedAt));
  const callProposals = await db
    .select({ id: proposals.id, title: proposals.title, status: proposals.status, leadMunicipalityId: proposals.leadMunicipalityId })
    .from(proposals)
    .where(eq(proposals.callId, announcement.callId))
    .orderBy(asc(proposals.createdAt));
  const partners = await db
    .select({ proposalId: proposalPartners.proposalId, municipalityId: proposalPartners.municipalityId })
    .from(proposalPartners)
    .innerJoin(proposals, eq(proposals.id, proposalPartners.proposalId))
    .where(eq(proposals.callId, announcement.callId));
  const takesPart = (proposal: (typeof callProposals)[number], municipalityId: string) =>
    proposal.leadMunicipalityId === municipalityId ||
    partners.some((partner) => partner.proposalId === proposal.id && partner.municipalityId === municipalityId);

  return {
    announcementId: id,
    municipalities: targets.map((target) => {
      const opened = opens.filter((open) => open.municipalityId === target.id);
      return {
        municipality: target.municipality,
        openedAt: opened[0]?.openedAt ?? null,
        openedBy: opened.map((open) => ({ name: open.name })),
        proposals: callProposals.filter((proposal) => takesPart(proposal, target.id)).map(({ leadMunicipalityId: _lead, ...proposal }) => proposal),
      };
    }),
  };
}
