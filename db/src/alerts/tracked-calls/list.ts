import { asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../access/actor.ts';
import { statusAt } from '../../calls/call-fields.ts';
import { calls, trackedCalls } from '../../schema/index.ts';

/** The calls the acting user follows: nearest deadline first, calls without a deadline last. */
export async function listTrackedCalls({ ctx, now }: { ctx: Ctx; now: Date }) {
  return ctx.db
    .select({ callId: calls.id, title: calls.title, deadline: calls.deadline, status: statusAt(now.toISOString()) })
    .from(trackedCalls)
    .innerJoin(calls, eq(calls.id, trackedCalls.callId))
    .where(eq(trackedCalls.userId, ctx.actor.userId))
    .orderBy(sql`${calls.deadline} IS NULL`, asc(calls.deadline), asc(calls.id));
}
