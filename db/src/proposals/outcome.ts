import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { ValidationError } from '../errors.ts';
import { proposalOutcomes, proposals } from '../schema/index.ts';
import { assertProposalDecided } from './outcome-decided.ts';
import { requireProposalAccess } from './proposal-access.ts';
import { writeAtVersion } from './versioned-write.ts';

export interface OutcomeFields {
  /** 0 when no outcome has been recorded yet. */
  version: number;
  requestedCents: number | null;
  awardedCents: number | null;
  evaluatorScore: number | null;
  evaluatorMaxScore: number | null;
  feedback: string;
}

async function loadOutcome(ctx: Ctx, proposalId: string) {
  const [row] = await ctx.db
    .select({
      status: proposals.status,
      leadMunicipalityId: proposals.leadMunicipalityId,
      requestedCents: proposals.requestedCents,
      awardedCents: proposals.awardedCents,
      evaluatorScore: proposalOutcomes.evaluatorScore,
      evaluatorMaxScore: proposalOutcomes.evaluatorMaxScore,
      feedback: proposalOutcomes.feedback,
      attachmentName: proposalOutcomes.attachmentName,
      attachmentBytes: proposalOutcomes.attachmentBytes,
      version: proposalOutcomes.version,
      updatedAt: proposalOutcomes.updatedAt,
    })
    .from(proposals)
    .leftJoin(proposalOutcomes, eq(proposalOutcomes.proposalId, proposals.id))
    .where(eq(proposals.id, proposalId))
    .limit(1);
  if (!row) throw new Error(`proposal ${proposalId} vanished after its access check`);
  return row;
}

/** What came of a proposal, for whoever may read it; `version` 0 until something is recorded. */
export async function getProposalOutcome({ ctx, proposalId }: { ctx: Ctx; proposalId: string }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'read' });
  const row = await loadOutcome(ctx, proposalId);
  return {
    proposalId,
    status: row.status,
    requestedCents: row.requestedCents,
    awardedCents: row.awardedCents,
    evaluatorScore: row.evaluatorScore,
    evaluatorMaxScore: row.evaluatorMaxScore,
    feedback: row.feedback ?? '',
    attachment: row.attachmentName !== null && row.attachmentBytes !== null ? { name: row.attachmentName, bytes: row.attachmentBytes } : null,
    version: row.version ?? 0,
    updatedAt: row.updatedAt,
  };
}

/**
 * Records the evaluators' word on a submitted, decided or withdrawn proposal (409 `proposal_not_decided`
 * before). The amounts live on the proposal itself, where the dashboard sums them; changing them moves the
 * proposal's version too, so a form of the proposal read before cannot put the old amounts back.
 */
export async function saveProposalOutcome({ ctx, proposalId, input }: { ctx: Ctx; proposalId: string; input: OutcomeFields }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  const before = await loadOutcome(ctx, proposalId);
  assertProposalDecided(before.status);
  if (input.evaluatorScore !== null && input.evaluatorMaxScore !== null && input.evaluatorScore > input.evaluatorMaxScore) {
    throw new ValidationError('The score is above the maximum score.');
  }
  const now = new Date().toISOString();
  const outcome = {
    evaluatorScore: input.evaluatorScore,
    evaluatorMaxScore: input.evaluatorMaxScore,
    feedback: input.feedback,
    recordedBy: ctx.actor.userId,
    updatedAt: now,
  };
  const guard =
    input.version === 0
      ? // A first record: someone else's first record, saved in between, makes this one stale.
        ctx.db.insert(proposalOutcomes).values({ proposalId, ...outcome, version: 1 }).onConflictDoNothing()
      : ctx.db
          .update(proposalOutcomes)
          .set({ ...outcome, version: sql`${proposalOutcomes.version} + 1` })
          .where(and(eq(proposalOutcomes.proposalId, proposalId), eq(proposalOutcomes.version, input.version)));
  const amountsChanged = input.requestedCents !== before.requestedCents || input.awardedCents !== before.awardedCents;
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of ['requestedCents', 'awardedCents', 'evaluatorScore', 'evaluatorMaxScore', 'feedback'] as const) {
    const from = field === 'feedback' ? (before.feedback ?? '') : before[field];
    if (input[field] !== from) changes[field] = { from, to: input[field] };
  }
  await writeAtVersion(
    ctx.db,
    guard,
    [
      ...(amountsChanged
        ? [
            ctx.db
              .update(proposals)
              .set({ requestedCents: input.requestedCents, awardedCents: input.awardedCents, version: sql`${proposals.version} + 1`, updatedAt: now })
              .where(eq(proposals.id, proposalId)),
          ]
        : []),
      buildAuditEntry(ctx, { action: 'proposal.outcome', entityType: 'proposal', entityId: proposalId, municipalityId: before.leadMunicipalityId, details: { changes } }),
    ],
    'outcome',
  );
  return getProposalOutcome({ ctx, proposalId });
}
