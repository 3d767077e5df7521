import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { callRevisions, callSources, calls } from '../schema/index.ts';
import { buildBulkInsert } from '../bulk-insert.ts';
import { writeBatch } from '../write-batch.ts';
import { buildCallSearchInserts, buildCallSearchUpsert } from '../search/call-search-index.ts';
import { diffRevisedFields, type CallFields } from './call-fields.ts';

/** The items this source delivered before, by key, with the hash of their content then. */
export async function loadSourceLinks({ db, sourceId }: { db: Database; sourceId: string }) {
  const links = await db
    .select({ itemKey: callSources.itemKey, callId: callSources.callId, contentHash: callSources.contentHash })
    .from(callSources)
    .where(eq(callSources.sourceId, sourceId));
  return new Map(links.map((link) => [link.itemKey, link]));
}

/** What an item new to its source is compared with to find the same call known from elsewhere. */
export async function loadCallIndex({ db }: { db: Database }) {
  return db.select({ id: calls.id, reference: calls.reference, url: calls.url, title: calls.title }).from(calls);
}

export interface CollectedItem {
  callId: string;
  itemKey: string;
  url: string | null;
  contentHash: string;
  fields: CallFields;
}

export interface IngestPlan {
  /** New calls, with ids the pipeline assigned so later items of the same run can match them. */
  creates: CollectedItem[];
  /** Items found for the first time in this source that are a call already known from elsewhere. */
  links: CollectedItem[];
  /** Items of this source whose content changed since the last run. */
  updates: CollectedItem[];
}

/**
 * Writes a plan in one write transaction: new calls, their search rows and links as multi-row inserts; changed items update their
 * call and leave a revision of the fields that matter. An official call (entered by the ministry liaison) is
 * never overwritten by a collector: it only gains the link.
 */
export async function applyIngestPlan({ db, sourceId, plan, now }: { db: Database; sourceId: string; plan: IngestPlan; now: Date }) {
  const nowIso = now.toISOString();
  const statements: Parameters<typeof writeBatch>[1] = [
    ...buildBulkInsert(
      calls,
      plan.creates.map((item) => ({ id: item.callId, ...item.fields, official: false, origin: 'collected' as const, createdBy: null, firstSeenAt: nowIso, updatedAt: nowIso })),
    ),
    ...buildBulkInsert(
      callSources,
      [...plan.creates, ...plan.links].map((item) => ({
        sourceId,
        itemKey: item.itemKey,
        callId: item.callId,
        url: item.url,
        contentHash: item.contentHash,
        firstSeenAt: nowIso,
        lastChangedAt: nowIso,
      })),
    ),
    ...buildCallSearchInserts(plan.creates.map((item) => ({ id: item.callId, firstSeenAt: nowIso, ...item.fields }))),
  ];

  let updated = 0;
  if (plan.updates.length > 0) {
    const current = await db.select().from(calls).where(inArray(calls.id, [...new Set(plan.updates.map((item) => item.callId))]));
    const byId = new Map(current.map((call) => [call.id, call]));
    for (const item of plan.updates) {
      const before = byId.get(item.callId);
      statements.push(
        db
          .update(callSources)
          .set({ contentHash: item.contentHash, url: item.url, lastChangedAt: nowIso })
          .where(and(eq(callSources.sourceId, sourceId), eq(callSources.itemKey, item.itemKey))),
      );
      if (!before || before.official) continue;
      statements.push(db.update(calls).set({ ...item.fields, updatedAt: nowIso }).where(eq(calls.id, item.callId)));
      statements.push(buildCallSearchUpsert(db, item.callId, { ...item.fields, firstSeenAt: before.firstSeenAt }));
      const changes = diffRevisedFields(before, item.fields);
      if (Object.keys(changes).length > 0) {
        statements.push(db.insert(callRevisions).values({ id: randomUUID(), callId: item.callId, at: nowIso, sourceId, changes }));
      }
      updated++;
    }
  }
  if (statements.length > 0) await writeBatch(db, statements);
  return { created: plan.creates.length, linked: plan.links.length, updated };
}
