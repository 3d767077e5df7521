import { and, asc, count, desc, gte, inArray, lt, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { athensYearRange } from '../dashboard/athens-calendar.ts';
import { firstReached, listProgrammeFigures, successRate, type OutcomeRule } from '../dashboard/proposal-figures.ts';
import { lessonVisibility } from '../lessons/lesson-visibility.ts';
import { announcements, calls, goodPractices, lessons, municipalities, needs, proposals } from '../schema/index.ts';

const topThemeCount = 5;

/**
 * "CNI in numbers" for a calendar year in Athens: what the network recorded, collected, announced, submitted and
 * won that year. A proposal counts in the year of the event: submitted in the year of its first submission,
 * awarded or rejected in the year of the decision, so a 2025 submission decided in 2026 is in both reports.
 * Lessons count when the network shares them (network or public), never a municipality's own.
 */
export async function getAnnualReport({ ctx, year }: { ctx: Ctx; year: number }) {
  const { db } = ctx;
  const range = athensYearRange(year);
  const inYear = (instant: SQLWrapper): SQL => and(gte(instant, range.from), lt(instant, range.to))!;
  const rule: OutcomeRule = {
    submitted: inYear(firstReached(db, 'submitted')),
    awarded: inYear(firstReached(db, 'awarded')),
    rejected: inYear(firstReached(db, 'rejected')),
  };
  // A proposal starts with its first status change; its creation stands in if no history was recorded.
  const startedAt = sql<string>`COALESCE(${firstReached(db)}, ${proposals.createdAt})`;

  const byProgramme = await listProgrammeFigures({ db, rule, where: or(rule.submitted, rule.awarded, rule.rejected) });
  const sum = (field: 'submitted' | 'awarded' | 'rejected' | 'requestedCents' | 'awardedCents') =>
    byProgramme.reduce((total, row) => total + row[field], 0);
  const decided = { awarded: sum('awarded'), rejected: sum('rejected') };
  const topThemes = await db
    .select({ theme: needs.category, needs: count() })
    .from(needs)
    .where(inYear(needs.createdAt))
    .groupBy(needs.category)
    .orderBy(desc(count()), asc(needs.category))
    .limit(topThemeCount);

  return {
    year,
    municipalities: await db.$count(municipalities),
    needsIdentified: await db.$count(needs, inYear(needs.createdAt)),
    callsCollected: await db.$count(calls, inYear(calls.firstSeenAt)),
    officialAnnouncements: await db.$count(announcements, inYear(announcements.createdAt)),
    proposalsStarted: await db.$count(proposals, inYear(startedAt)),
    proposalsSubmitted: sum('submitted'),
    proposalsAwarded: decided.awarded,
    successRate: successRate(decided),
    requestedCents: sum('requestedCents'),
    awardedCents: sum('awardedCents'),
    byProgramme,
    goodPractices: await db.$count(goodPractices, inYear(goodPractices.createdAt)),
    lessonsShared: await db.$count(
      lessons,
      and(inYear(lessons.createdAt), inArray(lessons.sharing, ['network', 'public']), lessonVisibility(ctx.actor)),
    ),
    topThemes,
  };
}

export type AnnualReport = Awaited<ReturnType<typeof getAnnualReport>>;
