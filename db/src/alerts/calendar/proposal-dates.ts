import { and, asc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { Database } from '../../create-db.ts';
import { memberships, proposalMilestones, proposalPartners, proposals, type ProposalStatus } from '../../schema/index.ts';

// Dates stop mattering to the drafting team once the proposal has left their hands.
const inPreparation: ProposalStatus[] = ['idea', 'drafting', 'review'];

export interface ProposalDate {
  kind: 'deadline' | 'milestone';
  /** The proposal's id for its deadline, the milestone's for a milestone: stable event identities. */
  id: string;
  proposalId: string;
  proposalTitle: string;
  title: string;
  at: string;
  updatedAt: string;
}

/**
 * The submission deadlines and internal milestones of the proposals a user drafts: those led by, or partnered
 * with, a municipality the user is an officer of, while still in preparation.
 */
export async function listProposalDates({ db, userId }: { db: Database; userId: string }): Promise<ProposalDate[]> {
  const municipalityIds = (
    await db.select({ id: memberships.municipalityId }).from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.role, 'officer')))
  ).flatMap((row) => (row.id ? [row.id] : []));
  if (municipalityIds.length === 0) return [];
  const drafted = await db
    .selectDistinct({ id: proposals.id, title: proposals.title, deadline: proposals.deadline, updatedAt: proposals.updatedAt })
    .from(proposals)
    .leftJoin(proposalPartners, eq(proposalPartners.proposalId, proposals.id))
    .where(
      and(
        inArray(proposals.status, inPreparation),
        or(inArray(proposals.leadMunicipalityId, municipalityIds), inArray(proposalPartners.municipalityId, municipalityIds)),
      ),
    )
    .orderBy(asc(proposals.id));
  if (drafted.length === 0) return [];
  const byId = new Map(drafted.map((proposal) => [proposal.id, proposal]));
  const milestones = await db
    .select({ id: proposalMilestones.id, proposalId: proposalMilestones.proposalId, title: proposalMilestones.title, dueAt: proposalMilestones.dueAt, createdAt: proposalMilestones.createdAt })
    .from(proposalMilestones)
    .where(and(inArray(proposalMilestones.proposalId, [...byId.keys()]), isNotNull(proposalMilestones.dueAt)));
  const dates: ProposalDate[] = [
    ...drafted.flatMap((proposal) =>
      proposal.deadline
        ? [{ kind: 'deadline' as const, id: proposal.id, proposalId: proposal.id, proposalTitle: proposal.title, title: proposal.title, at: proposal.deadline, updatedAt: proposal.updatedAt }]
        : [],
    ),
    ...milestones.map((milestone) => ({
      kind: 'milestone' as const,
      id: milestone.id,
      proposalId: milestone.proposalId,
      proposalTitle: byId.get(milestone.proposalId)!.title,
      title: milestone.title,
      at: milestone.dueAt,
      updatedAt: milestone.createdAt,
    })),
  ];
  return dates.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
