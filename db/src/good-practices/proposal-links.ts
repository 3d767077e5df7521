import { eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import type { Database } from '../create-db.ts';
import { ValidationError } from '../errors.ts';
import { requireProposalAccess } from '../proposals/proposal-access.ts';
import { goodPractices, municipalities, proposalGoodPractices, proposals } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { byTitle, summaryColumns, toPractice } from './practice-fields.ts';

async function selectLinkedPractices(db: Database, proposalId: string) {
  const rows = await db
    .select(summaryColumns)
    .from(proposalGoodPractices)
    .innerJoin(goodPractices, eq(goodPractices.id, proposalGoodPractices.goodPracticeId))
    .innerJoin(municipalities, eq(municipalities.id, goodPractices.municipalityId))
    .where(eq(proposalGoodPractices.proposalId, proposalId));
  return rows.sort(byTitle).map(toPractice);
}

/** The good practices a proposal builds on, for whoever may read the proposal. */
export async function listProposalGoodPractices({ ctx, proposalId }: { ctx: Ctx; proposalId: string }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'read' });
  return selectLinkedPractices(ctx.db, proposalId);
}

/** Replaces the practices a proposal builds on (its editors only); an unknown practice is refused whole. */
export async function setProposalGoodPractices({ ctx, proposalId, goodPracticeIds }: { ctx: Ctx; proposalId: string; goodPracticeIds: string[] }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  const wanted = [...new Set(goodPracticeIds)];
  const known = new Set(
    wanted.length === 0 ? [] : (await ctx.db.select({ id: goodPractices.id }).from(goodPractices).where(inArray(goodPractices.id, wanted))).map((row) => row.id),
  );
  const unknown = wanted.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new ValidationError(`Unknown good practice ${unknown.map((id) => `"${id}"`).join(', ')}.`);

  const before = (
    await ctx.db.select({ id: proposalGoodPractices.goodPracticeId }).from(proposalGoodPractices).where(eq(proposalGoodPractices.proposalId, proposalId))
  ).map((row) => row.id);
  if (before.length === wanted.length && wanted.every((id) => before.includes(id))) return selectLinkedPractices(ctx.db, proposalId);

  const [proposal] = await ctx.db.select({ leadMunicipalityId: proposals.leadMunicipalityId }).from(proposals).where(eq(proposals.id, proposalId));
  await writeBatch(ctx.db, [
    ctx.db.delete(proposalGoodPractices).where(eq(proposalGoodPractices.proposalId, proposalId)),
    ...(wanted.length > 0 ? [ctx.db.insert(proposalGoodPractices).values(wanted.map((goodPracticeId) => ({ proposalId, goodPracticeId })))] : []),
    buildAuditEntry(ctx, {
      action: 'proposal.good_practices',
      entityType: 'proposal',
      entityId: proposalId,
      municipalityId: proposal?.leadMunicipalityId ?? null,
      details: { from: before, to: wanted },
    }),
  ]);
  return selectLinkedPractices(ctx.db, proposalId);
}
