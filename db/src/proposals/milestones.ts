import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { NotFoundError } from '../errors.ts';
import { proposalMilestones } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { requireProposalAccess } from './proposal-access.ts';

/** An internal milestone before the call's deadline (council decision, partner letters …). */
export async function addProposalMilestone({ ctx, proposalId, input }: { ctx: Ctx; proposalId: string; input: { title: string; dueAt: string } }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  const id = randomUUID();
  await writeBatch(ctx.db, [
    ctx.db.insert(proposalMilestones).values({ id, proposalId, ...input }),
    buildAuditEntry(ctx, { action: 'proposal.milestone.add', entityType: 'proposal', entityId: proposalId, details: { milestoneId: id, ...input } }),
  ]);
  return { id, ...input };
}

export async function deleteProposalMilestone({ ctx, proposalId, milestoneId }: { ctx: Ctx; proposalId: string; milestoneId: string }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  const where = and(eq(proposalMilestones.id, milestoneId), eq(proposalMilestones.proposalId, proposalId));
  const [milestone] = await ctx.db.select().from(proposalMilestones).where(where).limit(1);
  if (!milestone) throw new NotFoundError('Milestone not found.');
  await writeBatch(ctx.db, [
    ctx.db.delete(proposalMilestones).where(where),
    buildAuditEntry(ctx, { action: 'proposal.milestone.delete', entityType: 'proposal', entityId: proposalId, details: { milestoneId, title: milestone.title } }),
  ]);
}
