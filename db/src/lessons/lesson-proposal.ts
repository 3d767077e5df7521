import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { proposals } from '../schema/index.ts';
import { assertProposalDecided } from '../proposals/outcome-decided.ts';
import { requireProposalAccess } from '../proposals/proposal-access.ts';

/**
 * The proposal a lesson is learnt from. An officer writes only about proposals they could edit (their
 * municipality leads or partners in it); the coordination team about any. Either way the proposal must have
 * left the team's hands (409 `proposal_not_decided`): a lesson is what happened, not what is planned.
 */
export async function requireLessonProposal(ctx: Ctx, proposalId: string) {
  await requireProposalAccess({ ctx, proposalId, needed: ctx.actor.role === 'officer' ? 'edit' : 'read' });
  const [proposal] = await ctx.db
    .select({ id: proposals.id, status: proposals.status, leadMunicipalityId: proposals.leadMunicipalityId })
    .from(proposals)
    .where(eq(proposals.id, proposalId))
    .limit(1);
  if (!proposal) throw new Error(`proposal ${proposalId} vanished after its access check`);
  assertProposalDecided(proposal.status);
  return proposal;
}
