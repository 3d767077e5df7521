import { and, asc, eq, gt, gte } from 'drizzle-orm';
import type { Database } from '../../create-db.ts';
import { callRevisions, calls, trackedCalls } from '../../schema/index.ts';

/**
 * Revisions recorded since `since` of calls someone follows, one row per revision and follower. Only
 * revisions made after the user began to follow the call: earlier ones are history they saw when they chose it.
 */
export async function listTrackedRevisions({ db, since }: { db: Database; since: Date }) {
  return db
    .select({
      revisionId: callRevisions.id,
      at: callRevisions.at,
      changes: callRevisions.changes,
      callId: calls.id,
      title: calls.title,
      userId: trackedCalls.userId,
    })
    .from(callRevisions)
    .innerJoin(trackedCalls, eq(trackedCalls.callId, callRevisions.callId))
    .innerJoin(calls, eq(calls.id, callRevisions.callId))
    .where(and(gt(callRevisions.at, since.toISOString()), gte(callRevisions.at, trackedCalls.createdAt)))
    .orderBy(asc(callRevisions.at), asc(callRevisions.id));
}
