import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { NotFoundError } from '../errors.ts';
import { getNeed } from '../needs/get.ts';
import { calls, matchFeedback, type MatchVerdict } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';

/**
 * An officer's verdict on a call for one of their needs (null takes it back). Those who may change the need may
 * give it; the recompute of the need that makes it count in the ranking is the caller's to trigger.
 */
export async function setMatchFeedback({
  ctx,
  needId,
  callId,
  verdict,
  now,
}: {
  ctx: Ctx;
  needId: string;
  callId: string;
  verdict: MatchVerdict | null;
  now: Date;
}) {
  const need = await getNeed({ ctx, id: needId, mode: 'write' });
  const [call] = await ctx.db.select({ id: calls.id }).from(calls).where(eq(calls.id, callId)).limit(1);
  if (!call) throw new NotFoundError('Call not found.');
  const at = now.toISOString();
  await writeBatch(ctx.db, [
    verdict === null
      ? ctx.db.delete(matchFeedback).where(and(eq(matchFeedback.needId, needId), eq(matchFeedback.callId, callId)))
      : ctx.db
          .insert(matchFeedback)
          .values({ needId, callId, verdict, userId: ctx.actor.userId, at })
          .onConflictDoUpdate({ target: [matchFeedback.needId, matchFeedback.callId], set: { verdict, userId: ctx.actor.userId, at } }),
    buildAuditEntry(ctx, {
      action: 'match.feedback',
      entityType: 'need',
      entityId: needId,
      municipalityId: need.municipalityId,
      details: { callId, verdict },
    }),
  ]);
  return { needId, callId, verdict };
}
