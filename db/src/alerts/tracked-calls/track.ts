import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../access/actor.ts';
import type { Database } from '../../create-db.ts';
import { NotFoundError } from '../../errors.ts';
import { calls, trackedCalls } from '../../schema/index.ts';

async function assertCallExists(db: Database, callId: string): Promise<void> {
  const [call] = await db.select({ id: calls.id }).from(calls).where(eq(calls.id, callId)).limit(1);
  if (!call) throw new NotFoundError('Call not found.');
}

/** Follows a call: its revisions notify the user and its deadline enters their calendar. Tracking twice is tracking once. */
export async function trackCall({ ctx, callId, now }: { ctx: Ctx; callId: string; now: Date }): Promise<void> {
  await assertCallExists(ctx.db, callId);
  await ctx.db
    .insert(trackedCalls)
    .values({ userId: ctx.actor.userId, callId, createdAt: now.toISOString() })
    .onConflictDoNothing();
}

/** Stops following a call; a call that was not followed stays not followed. */
export async function untrackCall({ ctx, callId }: { ctx: Ctx; callId: string }): Promise<void> {
  await assertCallExists(ctx.db, callId);
  await ctx.db.delete(trackedCalls).where(and(eq(trackedCalls.userId, ctx.actor.userId), eq(trackedCalls.callId, callId)));
}
