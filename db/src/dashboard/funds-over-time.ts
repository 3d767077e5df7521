import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { proposals } from '../schema/index.ts';
import { athensQuarterOf, nextQuarter } from './athens-calendar.ts';
import type { DashboardScope } from './dashboard-scope.ts';
import { firstReached, submittedStatuses } from './proposal-figures.ts';

export interface FundsPeriod {
  period: string;
  requestedCents: number;
  awardedCents: number;
}

/**
 * Euros asked for per quarter of submission and euros won per quarter of award, in Athens time, from the first
 * quarter with money to the last with no quarter missing (a line chart must not join distant points). The
 * same proposals as the totals: requested counts while submitted, awarded or rejected, awarded once awarded.
 */
export async function listFundsOverTime({ db, scope }: { db: Database; scope: DashboardScope }): Promise<FundsPeriod[]> {
  const rows = await db
    .select({
      status: proposals.status,
      requestedCents: proposals.requestedCents,
      awardedCents: proposals.awardedCents,
      submittedAt: firstReached(db, 'submitted'),
      awardedAt: firstReached(db, 'awarded'),
    })
    .from(proposals)
    .where(and(inArray(proposals.status, submittedStatuses), scope ? eq(proposals.leadMunicipalityId, scope.id) : undefined));

  const byPeriod = new Map<string, FundsPeriod>();
  const add = (at: string | null, field: 'requestedCents' | 'awardedCents', cents: number | null) => {
    if (at === null) return;
    const period = athensQuarterOf(at);
    const entry = byPeriod.get(period) ?? { period, requestedCents: 0, awardedCents: 0 };
    entry[field] += cents ?? 0;
    byPeriod.set(period, entry);
  };
  for (const row of rows) {
    add(row.submittedAt, 'requestedCents', row.requestedCents);
    if (row.status === 'awarded') add(row.awardedAt, 'awardedCents', row.awardedCents);
  }

  const periods = [...byPeriod.keys()].sort();
  if (periods.length === 0) return [];
  const timeline: FundsPeriod[] = [];
  for (let period = periods[0]!; period <= periods[periods.length - 1]!; period = nextQuarter(period)) {
    timeline.push(byPeriod.get(period) ?? { period, requestedCents: 0, awardedCents: 0 });
  }
  return timeline;
}
