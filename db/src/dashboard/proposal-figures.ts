import { and, eq, inArray, min, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { calls, programmes, proposalStatusChanges, proposals, type Programme, type ProposalStatus } from '../schema/index.ts';
import { templateProgrammeSql } from '../proposals/template-programme.ts';

/** A proposal that went to the funder counts as submitted whatever the answer was. */
export const submittedStatuses = ['submitted', 'awarded', 'rejected'] as const satisfies readonly ProposalStatus[];

/**
 * What makes a proposal count as submitted, awarded or rejected: its status now (the dashboard) or a status
 * change within a period (the annual report). The figures are then summed the same way for both.
 */
export interface OutcomeRule {
  submitted: SQL;
  awarded: SQL;
  rejected: SQL;
}

export const currentOutcome: OutcomeRule = {
  submitted: inArray(proposals.status, submittedStatuses),
  awarded: eq(proposals.status, 'awarded'),
  rejected: eq(proposals.status, 'rejected'),
};

/**
 * When a proposal first moved to `status` (any status when none is given), or null if it never did: a subquery
 * correlated on `proposals`. Built with the query builder, whose WHERE names tables, because a raw SQL field of a
 * single-table select loses its table names and `proposal_id = id` would compare the change with itself.
 */
export function firstReached(db: Database, status?: ProposalStatus): SQL<string | null> {
  const changes = db
    .select({ at: min(proposalStatusChanges.at) })
    .from(proposalStatusChanges)
    .where(and(eq(proposalStatusChanges.proposalId, proposals.id), status ? eq(proposalStatusChanges.toStatus, status) : undefined));
  return sql<string | null>`(${changes})`;
}

/**
 * A proposal's programme: its call's, else the programme its template is written for. Needs `calls` left-joined
 * on the proposal's call.
 */
export const proposalProgramme = sql<Programme>`COALESCE(${calls.programme}, ${templateProgrammeSql(proposals.templateKey)})`;

export function countWhere(condition: SQL): SQL<number> {
  return sql<number>`COALESCE(SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0)`.mapWith(Number);
}

function centsWhere(condition: SQL, cents: typeof proposals.requestedCents | typeof proposals.awardedCents): SQL<number> {
  return sql<number>`COALESCE(SUM(CASE WHEN ${condition} THEN ${cents} END), 0)`.mapWith(Number);
}

/** Aggregate columns: how many were submitted, awarded, rejected, and the euros asked for and won. */
export function outcomeColumns(rule: OutcomeRule) {
  return {
    submitted: countWhere(rule.submitted),
    awarded: countWhere(rule.awarded),
    rejected: countWhere(rule.rejected),
    requestedCents: centsWhere(rule.submitted, proposals.requestedCents),
    awardedCents: centsWhere(rule.awarded, proposals.awardedCents),
  };
}

/** Awarded among decided; null while nothing has been decided (0 % would claim a failure that did not happen). */
export function successRate({ awarded, rejected }: { awarded: number; rejected: number }): number | null {
  return awarded + rejected === 0 ? null : awarded / (awarded + rejected);
}

export interface ProgrammeFigures {
  programme: Programme;
  submitted: number;
  awarded: number;
  rejected: number;
  successRate: number | null;
  requestedCents: number;
  awardedCents: number;
}

/** Figures per programme of the proposals `where` selects, in the order of the programme list. */
export async function listProgrammeFigures({ db, rule, where }: { db: Database; rule: OutcomeRule; where: SQL | undefined }): Promise<ProgrammeFigures[]> {
  const rows = await db
    .select({ programme: proposalProgramme, ...outcomeColumns(rule) })
    .from(proposals)
    .leftJoin(calls, eq(calls.id, proposals.callId))
    .where(where)
    .groupBy(proposalProgramme);
  return rows
    .sort((a, b) => programmes.indexOf(a.programme) - programmes.indexOf(b.programme))
    .map((row) => ({
      programme: row.programme,
      submitted: row.submitted,
      awarded: row.awarded,
      rejected: row.rejected,
      successRate: successRate(row),
      requestedCents: row.requestedCents,
      awardedCents: row.awardedCents,
    }));
}
