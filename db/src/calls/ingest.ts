import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { callRevisions, callSources, calls } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { diffRevisedFields, type CallFields } from './call-fields.ts';

/** What the pipeline needs to decide, before writing anything, which items are new, changed or the same. */
export async function loadIngestState({ db, sourceId }: { db: Database; sourceId: string }) {
  const links = await db
    .select({ itemKey: callSources.itemKey, callId: callSources.callId, contentHash: callSources.contentHash })
    .from(callSources)
    .where(eq(callSources.sourceId, sourceId));
  const index = await db.select({ id: calls.id, reference: calls.reference, url: calls.url, title: calls.title }).from(calls);
  return { links: new Map(links.map((link) => [link.itemKey, link])), calls: index };
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

// Chunks keep each multi-row INSERT well under SQLite's limit of bound variables.
const rowsPerInsert = 200;

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * Writes a plan in one write transaction: new calls and links as multi-row inserts; changed items update their
 * call and leave a revision of the fields that matter. An official call (entered by the ministry liaison) is
 * never overwritten by a collector: it only gains the link.
 */
export async function applyIngestPlan({ db, sourceId, plan, now }: { db: Database; sourceId: string; plan: IngestPlan; now: Date }) {
  const nowIso = now.toISOString();
  const statements = [];
  for (const rows of chunk(plan.creates, rowsPerInsert)) {
    statements.push(
      db.insert(calls).values(
        rows.map((item) => ({ id: item.callId, ...item.fields, official: false, origin: 'collected' as const, firstSeenAt: nowIso, updatedAt: nowIso })),
      ),
    );
  }
  const linkRows = [...plan.creates, ...plan.links];
  for (const rows of chunk(linkRows, rowsPerInsert)) {
    statements.push(
      db.insert(callSources).values(
        rows.map((item) => ({ sourceId, itemKey: item.itemKey, callId: item.callId, url: item.url, contentHash: item.contentHash, firstSeenAt: nowIso, lastChangedAt: nowIso })),
      ),
    );
  }

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
