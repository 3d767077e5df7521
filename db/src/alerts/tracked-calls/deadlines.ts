import { and, asc, eq, gte, isNotNull, lte, type SQL } from 'drizzle-orm';
import type { Database } from '../../create-db.ts';
import { calls, trackedCalls } from '../../schema/index.ts';

/**
 * Deadlines of the calls a user follows, soonest first, optionally within [from, to] (ISO instants): the
 * user's calendar feed and the digest's "coming up" list.
 */
export async function listTrackedDeadlines({ db, userId, from, to }: { db: Database; userId: string; from?: string; to?: string }) {
  const conditions: SQL[] = [eq(trackedCalls.userId, userId), isNotNull(calls.deadline)];
  if (from) conditions.push(gte(calls.deadline, from));
  if (to) conditions.push(lte(calls.deadline, to));
  const rows = await db
    .select({ callId: calls.id, title: calls.title, deadline: calls.deadline, withdrawn: calls.withdrawn, updatedAt: calls.updatedAt })
    .from(trackedCalls)
    .innerJoin(calls, eq(calls.id, trackedCalls.callId))
    .where(and(...conditions))
    .orderBy(asc(calls.deadline), asc(calls.id));
  return rows.map((row) => ({ ...row, deadline: row.deadline! }));
}
