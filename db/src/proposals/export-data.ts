import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { proposalSections } from '../schema/index.ts';
import { getBudget } from './budget.ts';
import { getProposal } from './get.ts';

/** Everything a proposal document shows: the proposal, each section's plain text in order, and the budget. */
export async function loadProposalForExport({ ctx, proposalId }: { ctx: Ctx; proposalId: string }) {
  const proposal = await getProposal({ ctx, id: proposalId });
  const sections = await ctx.db
    .select({ title: proposalSections.title, text: proposalSections.plainText })
    .from(proposalSections)
    .where(eq(proposalSections.proposalId, proposalId))
    .orderBy(asc(proposalSections.position));
  const budget = await getBudget({ ctx, proposalId });
  return { proposal, sections, budget };
}

export type ProposalExport = Awaited<ReturnType<typeof loadProposalForExport>>;
