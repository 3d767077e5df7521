import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { NotFoundError } from '../errors.ts';
import { callRevisions, callSources, calls, sources } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { buildCallSearchUpsert } from '../search/call-search-index.ts';
import { diffRevisedFields, type CallFields } from './call-fields.ts';
import { getCall } from './get.ts';

export type ManualCallFields = Omit<CallFields, 'statusHint' | 'withdrawn'> & { official: boolean; withdrawn?: boolean };

/** The source row that manual entries hang from, so "where did this call come from" always has an answer. */
async function manualSourceId(ctx: Ctx): Promise<string | null> {
  const [source] = await ctx.db.select({ id: sources.id }).from(sources).where(eq(sources.kind, 'manual')).limit(1);
  return source?.id ?? null;
}

/**
 * The statements that write a call entered by hand, for callers that write more in the same batch (an
 * announcement and its call stand or fall together).
 */
export async function buildManualCallStatements({ ctx, id, input, now }: { ctx: Ctx; id: string; input: ManualCallFields; now: Date }) {
  const nowIso = now.toISOString();
  const sourceId = await manualSourceId(ctx);
  return [
    ctx.db.insert(calls).values({
      id,
      ...input,
      withdrawn: input.withdrawn ?? false,
      statusHint: null,
      origin: 'manual',
      createdBy: ctx.actor.userId,
      firstSeenAt: nowIso,
      updatedAt: nowIso,
    }),
    buildCallSearchUpsert(ctx.db, id, { ...input, statusHint: null, withdrawn: input.withdrawn ?? false, firstSeenAt: nowIso }),
    ...(sourceId
      ? [ctx.db.insert(callSources).values({ sourceId, itemKey: id, callId: id, url: input.url, contentHash: 'manual', firstSeenAt: nowIso, lastChangedAt: nowIso })]
      : []),
    buildAuditEntry(ctx, { action: 'call.create', entityType: 'call', entityId: id, details: { title: input.title, official: input.official } }),
  ];
}

/** A call entered by the ministry liaison or the coordination team; official ones carry a badge. */
export async function createManualCall({ ctx, input, now }: { ctx: Ctx; input: ManualCallFields; now: Date }) {
  const id = randomUUID();
  await writeBatch(ctx.db, await buildManualCallStatements({ ctx, id, input, now }));
  return getCall({ db: ctx.db, id, now });
}

export async function updateCall({ ctx, id, patch, now }: { ctx: Ctx; id: string; patch: Partial<ManualCallFields>; now: Date }) {
  const [before] = await ctx.db.select().from(calls).where(eq(calls.id, id)).limit(1);
  if (!before) throw new NotFoundError('Call not found.');
  const nowIso = now.toISOString();
  const changes = diffRevisedFields(before, patch);
  await writeBatch(ctx.db, [
    ctx.db.update(calls).set({ ...patch, updatedAt: nowIso }).where(eq(calls.id, id)),
    buildCallSearchUpsert(ctx.db, id, { ...before, ...patch }),
    ...(Object.keys(changes).length > 0
      ? [ctx.db.insert(callRevisions).values({ id: randomUUID(), callId: id, at: nowIso, actorUserId: ctx.actor.userId, changes })]
      : []),
    buildAuditEntry(ctx, { action: 'call.update', entityType: 'call', entityId: id, details: { changes, fields: Object.keys(patch) } }),
  ]);
  return getCall({ db: ctx.db, id, now });
}
