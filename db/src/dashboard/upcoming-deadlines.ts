import { and, asc, between, eq, inArray } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { calls, matches, municipalities, needs, proposals, type ProposalStatus } from '../schema/index.ts';
import { liveTopMatch, openNeedsOf } from './call-coverage.ts';
import { municipalityRefColumns, type DashboardScope, type MunicipalityRef } from './dashboard-scope.ts';

export interface UpcomingDeadline {
  callId: string | null;
  proposalId: string | null;
  title: string;
  deadline: string;
  municipality: MunicipalityRef | null;
}

const horizonDays = 90;
const limit = 20;
const unfinishedStatuses = ['idea', 'drafting', 'review'] as const satisfies readonly ProposalStatus[];

/**
 * What is due in the next 90 days: proposals still being written, and open calls matched in the upper tier to
 * one of the scope's open needs that no listed proposal answers yet. Soonest first, at most 20.
 */
export async function listUpcomingDeadlines({ db, scope, now }: { db: Database; scope: DashboardScope; now: Date }): Promise<UpcomingDeadline[]> {
  const nowIso = now.toISOString();
  const untilIso = new Date(now.getTime() + horizonDays * 86_400_000).toISOString();

  const proposalRows = await db
    .select({ proposalId: proposals.id, callId: proposals.callId, title: proposals.title, deadline: proposals.deadline, municipality: municipalityRefColumns })
    .from(proposals)
    .innerJoin(municipalities, eq(municipalities.id, proposals.leadMunicipalityId))
    .where(
      and(
        inArray(proposals.status, unfinishedStatuses),
        between(proposals.deadline, nowIso, untilIso),
        scope ? eq(proposals.leadMunicipalityId, scope.id) : undefined,
      ),
    )
    .orderBy(asc(proposals.deadline))
    .limit(limit);

  const callRows = await db
    .selectDistinct({ callId: calls.id, title: calls.title, deadline: calls.deadline })
    .from(matches)
    .innerJoin(needs, eq(needs.id, matches.needId))
    .innerJoin(calls, eq(calls.id, matches.callId))
    .where(and(openNeedsOf(scope), liveTopMatch(nowIso, ['open']), between(calls.deadline, nowIso, untilIso)))
    .orderBy(asc(calls.deadline))
    .limit(limit * 2);

  const answered = new Set(proposalRows.map((row) => row.callId));
  const items: UpcomingDeadline[] = [
    ...proposalRows.map((row) => ({ ...row, deadline: row.deadline! })),
    // A call matched to several municipalities' needs belongs to none of them in the network's view.
    ...callRows
      .filter((row) => !answered.has(row.callId))
      .map((row) => ({ callId: row.callId, proposalId: null, title: row.title, deadline: row.deadline!, municipality: scope?.municipality ?? null })),
  ];
  return items.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.title.localeCompare(b.title, 'el')).slice(0, limit);
}
