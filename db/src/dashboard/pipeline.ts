import { asc, eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { municipalities, proposals, proposalStatuses, type ProposalStatus } from '../schema/index.ts';
import type { DashboardScope, MunicipalityRef } from './dashboard-scope.ts';
import { municipalityRefColumns } from './dashboard-scope.ts';
import { countWhere, currentOutcome, outcomeColumns, successRate } from './proposal-figures.ts';

export type StatusCounts = Record<ProposalStatus, number>;

export interface MunicipalityPipeline {
  municipality: MunicipalityRef;
  proposalsByStatus: StatusCounts;
  submitted: number;
  awarded: number;
  rejected: number;
  successRate: number | null;
  requestedCents: number;
  awardedCents: number;
}

const statusCountColumns = Object.fromEntries(proposalStatuses.map((status) => [status, countWhere(eq(proposals.status, status))])) as Record<
  ProposalStatus,
  ReturnType<typeof countWhere>
>;

/**
 * Each municipality's proposals by status and outcome, counted for the municipality that leads them: every
 * municipality in scope has a row, with zeros when it leads nothing, so the network's pipeline shows all members.
 */
export async function listMunicipalityPipelines({ db, scope }: { db: Database; scope: DashboardScope }): Promise<MunicipalityPipeline[]> {
  const rows = await db
    .select({ municipality: municipalityRefColumns, proposalsByStatus: statusCountColumns, ...outcomeColumns(currentOutcome) })
    .from(municipalities)
    .leftJoin(proposals, eq(proposals.leadMunicipalityId, municipalities.id))
    .where(scope ? eq(municipalities.id, scope.id) : undefined)
    .groupBy(municipalities.id)
    .orderBy(asc(municipalities.name));
  return rows.map((row) => ({ ...row, successRate: successRate(row) }));
}

/** The scope's totals: the sum of its municipalities' rows, each proposal having exactly one lead. */
export function sumPipelines(rows: readonly MunicipalityPipeline[]) {
  const proposalsByStatus = Object.fromEntries(proposalStatuses.map((status) => [status, 0])) as StatusCounts;
  let [awarded, rejected, requestedCents, awardedCents] = [0, 0, 0, 0];
  for (const row of rows) {
    for (const status of proposalStatuses) proposalsByStatus[status] += row.proposalsByStatus[status];
    awarded += row.awarded;
    rejected += row.rejected;
    requestedCents += row.requestedCents;
    awardedCents += row.awardedCents;
  }
  return { proposalsByStatus, requestedCents, awardedCents, successRate: successRate({ awarded, rejected }) };
}
