import { eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../access/actor.ts';
import type { Database } from '../create-db.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { proposalPartners, proposals, type ProposalStatus } from '../schema/index.ts';

/** What the actor may do with one proposal: `edit` it, `review` it (read, comment, move to/from review), or `read` it. */
export type ProposalAccess = 'edit' | 'review' | 'read';

export interface ProposalAccessFacts {
  leadMunicipalityId: string;
  partnerMunicipalityIds: readonly string[];
  status: ProposalStatus;
  sharedAsExample: boolean;
}

const rank: Record<ProposalAccess, number> = { read: 0, review: 1, edit: 2 };
const finishedStatuses: readonly ProposalStatus[] = ['submitted', 'awarded', 'rejected'];

/** A proposal the lead shared once it was submitted: every member may learn from it. */
export function isPublishedExample(facts: Pick<ProposalAccessFacts, 'status' | 'sharedAsExample'>): boolean {
  return facts.sharedAsExample && finishedStatuses.includes(facts.status);
}

export function decideProposalAccess(actor: Actor, facts: ProposalAccessFacts): ProposalAccess | null {
  if (actor.role === 'admin') return 'edit';
  if (
    actor.role === 'officer' &&
    actor.municipalityId !== null &&
    (facts.leadMunicipalityId === actor.municipalityId || facts.partnerMunicipalityIds.includes(actor.municipalityId))
  ) {
    return 'edit';
  }
  if (actor.role === 'coordinator') return 'review';
  return isPublishedExample(facts) ? 'read' : null;
}

export function hasProposalAccess(granted: ProposalAccess | null, needed: ProposalAccess): boolean {
  return granted !== null && rank[granted] >= rank[needed];
}

/** The actor's access to a proposal, or null when they may not know it exists (also for an unknown id). */
export async function proposalAccess({ db, actor, proposalId }: { db: Database; actor: Actor; proposalId: string }): Promise<ProposalAccess | null> {
  const [proposal] = await db
    .select({ leadMunicipalityId: proposals.leadMunicipalityId, status: proposals.status, sharedAsExample: proposals.sharedAsExample })
    .from(proposals)
    .where(eq(proposals.id, proposalId))
    .limit(1);
  if (!proposal) return null;
  const partners = await db
    .select({ municipalityId: proposalPartners.municipalityId })
    .from(proposalPartners)
    .where(eq(proposalPartners.proposalId, proposalId));
  return decideProposalAccess(actor, { ...proposal, partnerMunicipalityIds: partners.map((row) => row.municipalityId) });
}

/**
 * Access of at least `needed`, else an error: 404 to whoever may not read the proposal (a draft's existence is
 * not revealed), 403 to a reader who may not do this.
 */
export async function requireProposalAccess({ ctx, proposalId, needed }: { ctx: Ctx; proposalId: string; needed: ProposalAccess }): Promise<ProposalAccess> {
  const granted = await proposalAccess({ db: ctx.db, actor: ctx.actor, proposalId });
  if (granted === null) throw new NotFoundError('Proposal not found.');
  if (!hasProposalAccess(granted, needed)) {
    throw new ForbiddenError(needed === 'edit' ? 'You may read this proposal but not change it.' : 'You may read this proposal but not comment on it.');
  }
  return granted;
}
