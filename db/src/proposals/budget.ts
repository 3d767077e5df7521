import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { budgetLines, calls, proposals, type BudgetCategory } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { fillShares, lineTotalCents, sumBudget } from './budget-math.ts';
import { requireProposalAccess } from './proposal-access.ts';
import { writeAtVersion } from './versioned-write.ts';

// With at most 10 000 units at 10 million euro each per line, 200 lines keep every sum below 2^53 cents.
const maxBudgetLines = 200;

export interface BudgetLineFields {
  category: BudgetCategory;
  description: string;
  quantityMilli: number;
  unitCostCents: number;
  funderShareCents?: number;
  ownContributionCents?: number;
}

const lineColumns = {
  id: budgetLines.id,
  category: budgetLines.category,
  description: budgetLines.description,
  quantityMilli: budgetLines.quantityMilli,
  unitCostCents: budgetLines.unitCostCents,
  funderShareCents: budgetLines.funderShareCents,
  ownContributionCents: budgetLines.ownContributionCents,
  position: budgetLines.position,
  version: budgetLines.version,
};

function formatEuro(cents: number): string {
  return `${(cents / 100).toFixed(2)} €`;
}

/** The budget table with totals in cents, the call's maximum grant and what looks wrong. */
export async function getBudget({ ctx, proposalId }: { ctx: Ctx; proposalId: string }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'read' });
  const rows = await ctx.db.select(lineColumns).from(budgetLines).where(eq(budgetLines.proposalId, proposalId)).orderBy(asc(budgetLines.position));
  const [proposal] = await ctx.db
    .select({ maxGrantCents: calls.maxGrantCents })
    .from(proposals)
    .leftJoin(calls, eq(calls.id, proposals.callId))
    .where(eq(proposals.id, proposalId));
  const lines = rows.map(({ position: _position, ...line }) => ({ ...line, totalCents: lineTotalCents(line.quantityMilli, line.unitCostCents) }));
  const totals = sumBudget(lines);
  const maxGrantCents = proposal?.maxGrantCents ?? null;
  const warnings: Array<{ code: 'above-max-grant' | 'shares-do-not-add-up'; message: string }> = [];
  if (maxGrantCents !== null && totals.funderCents > maxGrantCents) {
    warnings.push({
      code: 'above-max-grant',
      message: `The funder's share ${formatEuro(totals.funderCents)} is above the call's maximum grant of ${formatEuro(maxGrantCents)}.`,
    });
  }
  for (const line of lines) {
    if (line.funderShareCents + line.ownContributionCents !== line.totalCents) {
      warnings.push({
        code: 'shares-do-not-add-up',
        message: `“${line.description}”: funder share and own contribution make ${formatEuro(line.funderShareCents + line.ownContributionCents)}, the line costs ${formatEuro(line.totalCents)}.`,
      });
    }
  }
  return { lines, totals, maxGrantCents, warnings };
}

export async function addBudgetLine({ ctx, proposalId, input }: { ctx: Ctx; proposalId: string; input: BudgetLineFields }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  const existing = await ctx.db.select({ position: budgetLines.position }).from(budgetLines).where(eq(budgetLines.proposalId, proposalId));
  if (existing.length >= maxBudgetLines) throw new ValidationError(`A budget has at most ${maxBudgetLines} lines.`);
  const { funderShareCents, ownContributionCents, ...fields } = input;
  const shares = fillShares(lineTotalCents(fields.quantityMilli, fields.unitCostCents), funderShareCents, ownContributionCents);
  const id = randomUUID();
  const position = existing.reduce((max, line) => Math.max(max, line.position + 1), 0);
  await writeBatch(ctx.db, [
    ctx.db.insert(budgetLines).values({ id, proposalId, ...fields, ...shares, position }),
    buildAuditEntry(ctx, { action: 'proposal.budget.add', entityType: 'proposal', entityId: proposalId, details: { lineId: id, ...fields, ...shares } }),
  ]);
  return getBudget({ ctx, proposalId });
}

async function requireLine(ctx: Ctx, proposalId: string, lineId: string) {
  const [line] = await ctx.db
    .select(lineColumns)
    .from(budgetLines)
    .where(and(eq(budgetLines.id, lineId), eq(budgetLines.proposalId, proposalId)))
    .limit(1);
  if (!line) throw new NotFoundError('Budget line not found.');
  return line;
}

/** Changes a line read at `version` (409 when stale). Without new shares the own contribution stays and the funder takes the rest. */
export async function updateBudgetLine({
  ctx,
  proposalId,
  lineId,
  patch,
}: {
  ctx: Ctx;
  proposalId: string;
  lineId: string;
  patch: Partial<BudgetLineFields> & { version: number };
}) {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  const before = await requireLine(ctx, proposalId, lineId);
  const { version, funderShareCents, ownContributionCents, ...fields } = patch;
  const after = { ...before, ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) };
  const amountsChanged = after.quantityMilli !== before.quantityMilli || after.unitCostCents !== before.unitCostCents;
  const shares =
    funderShareCents === undefined && ownContributionCents === undefined && !amountsChanged
      ? { funderShareCents: before.funderShareCents, ownContributionCents: before.ownContributionCents }
      : fillShares(
          lineTotalCents(after.quantityMilli, after.unitCostCents),
          funderShareCents,
          funderShareCents === undefined && ownContributionCents === undefined ? before.ownContributionCents : ownContributionCents,
        );
  const set = {
    category: after.category,
    description: after.description,
    quantityMilli: after.quantityMilli,
    unitCostCents: after.unitCostCents,
    ...shares,
  };
  await writeAtVersion(
    ctx.db,
    ctx.db
      .update(budgetLines)
      .set({ ...set, version: sql`${budgetLines.version} + 1`, updatedAt: new Date().toISOString() })
      .where(and(eq(budgetLines.id, lineId), eq(budgetLines.version, version))),
    [buildAuditEntry(ctx, { action: 'proposal.budget.update', entityType: 'proposal', entityId: proposalId, details: { lineId, ...set } })],
    'budget line',
  );
  return getBudget({ ctx, proposalId });
}

export async function deleteBudgetLine({ ctx, proposalId, lineId }: { ctx: Ctx; proposalId: string; lineId: string }) {
  await requireProposalAccess({ ctx, proposalId, needed: 'edit' });
  const line = await requireLine(ctx, proposalId, lineId);
  await writeBatch(ctx.db, [
    ctx.db.delete(budgetLines).where(eq(budgetLines.id, lineId)),
    buildAuditEntry(ctx, { action: 'proposal.budget.delete', entityType: 'proposal', entityId: proposalId, details: { lineId, description: line.description } }),
  ]);
  return getBudget({ ctx, proposalId });
}
