import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { NotFoundError } from '../errors.ts';
import { proposalOutcomeFiles, proposalOutcomes, proposals } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { assertProposalDecided } from './outcome-decided.ts';
import { requireProposalAccess } from './proposal-access.ts';

async function loadProposalFacts(ctx: Ctx, proposalId: string) {
  const [proposal] = await ctx.db
    .select({ status: proposals.status, leadMunicipalityId: proposals.leadMunicipalityId, attachmentName: proposalOutcomes.attachmentName })
    .from(proposals)
    .leftJoin(proposalOutcomes, eq(proposalOutcomes.proposalId, proposals.id))
    .where(eq(proposals.id, proposalId))
    .limit(1);
  if (!proposal) throw new Error(`proposal ${proposalId} vanished after its access check`);
  return proposal;
}

/**
 * Keeps the evaluation report (a PDF, checked and size-limited at the HTTP boundary) beside the outcome,
 * replacing the one before. The outcome's version does not move: the file is not part of the outcome form,
 * so uploading it never makes an open form stale. A first upload starts the outcome record.
 */
export async function saveOutcomeAttachment({ ctx, proposalId, name, content }: { ctx: Ctx; proposalId: string; name: string; content: Uint8Array }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  const proposal = await loadProposalFacts(ctx, proposalId);
  assertProposalDecided(proposal.status);
  const attachment = { attachmentName: name, attachmentBytes: content.byteLength, updatedAt: new Date().toISOString() };
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  await writeBatch(ctx.db, [
    ctx.db
      .insert(proposalOutcomes)
      .values({ proposalId, ...attachment, recordedBy: ctx.actor.userId })
      .onConflictDoUpdate({ target: proposalOutcomes.proposalId, set: attachment }),
    ctx.db.insert(proposalOutcomeFiles).values({ proposalId, content: bytes }).onConflictDoUpdate({ target: proposalOutcomeFiles.proposalId, set: { content: bytes } }),
    buildAuditEntry(ctx, {
      action: 'proposal.outcome.attachment',
      entityType: 'proposal',
      entityId: proposalId,
      municipalityId: proposal.leadMunicipalityId,
      details: { name, bytes: content.byteLength, replaced: proposal.attachmentName },
    }),
  ]);
  return { name, bytes: content.byteLength };
}

/** The evaluation report, for whoever may read the proposal; 404 when none was kept. */
export async function getOutcomeAttachment({ ctx, proposalId }: { ctx: Ctx; proposalId: string }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'read' });
  const [file] = await ctx.db
    .select({ name: proposalOutcomes.attachmentName, content: proposalOutcomeFiles.content })
    .from(proposalOutcomeFiles)
    .innerJoin(proposalOutcomes, eq(proposalOutcomes.proposalId, proposalOutcomeFiles.proposalId))
    .where(eq(proposalOutcomeFiles.proposalId, proposalId))
    .limit(1);
  if (!file) throw new NotFoundError('This outcome has no attached report.');
  return { name: file.name ?? 'evaluation.pdf', content: file.content };
}

export async function deleteOutcomeAttachment({ ctx, proposalId }: { ctx: Ctx; proposalId: string }): Promise<void> {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  const proposal = await loadProposalFacts(ctx, proposalId);
  if (proposal.attachmentName === null) throw new NotFoundError('This outcome has no attached report.');
  await writeBatch(ctx.db, [
    ctx.db.delete(proposalOutcomeFiles).where(eq(proposalOutcomeFiles.proposalId, proposalId)),
    ctx.db
      .update(proposalOutcomes)
      .set({ attachmentName: null, attachmentBytes: null, updatedAt: new Date().toISOString() })
      .where(eq(proposalOutcomes.proposalId, proposalId)),
    buildAuditEntry(ctx, {
      action: 'proposal.outcome.attachment.delete',
      entityType: 'proposal',
      entityId: proposalId,
      municipalityId: proposal.leadMunicipalityId,
      details: { name: proposal.attachmentName },
    }),
  ]);
}
