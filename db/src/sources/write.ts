import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import type { Database } from '../create-db.ts';
import { sources } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { getSourceForRun, getSourceSummary } from './list.ts';
import type { SourceFields } from './source-fields.ts';

export async function createSource({ ctx, input }: { ctx: Ctx; input: SourceFields }) {
  const id = randomUUID();
  await writeBatch(ctx.db, [
    ctx.db.insert(sources).values({ id, ...input, createdBy: ctx.actor.userId }),
    buildAuditEntry(ctx, { action: 'source.create', entityType: 'source', entityId: id, details: { name: input.name, kind: input.kind, url: input.url } }),
  ]);
  return getSourceSummary({ db: ctx.db, id });
}

export async function updateSource({ ctx, id, patch }: { ctx: Ctx; id: string; patch: Partial<SourceFields> }) {
  const before = await getSourceForRun({ db: ctx.db, id });
  // A new address or new options may answer differently: forget the validators of the old one.
  const resetsValidators = (patch.url !== undefined && patch.url !== before.url) || patch.options !== undefined;
  await writeBatch(ctx.db, [
    ctx.db
      .update(sources)
      .set({ ...patch, ...(resetsValidators ? { etag: null, lastModified: null } : {}), updatedAt: new Date().toISOString() })
      .where(eq(sources.id, id)),
    buildAuditEntry(ctx, { action: 'source.update', entityType: 'source', entityId: id, details: { patch } }),
  ]);
  return getSourceSummary({ db: ctx.db, id });
}

export async function deleteSource({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  const before = await getSourceForRun({ db: ctx.db, id });
  await writeBatch(ctx.db, [
    ctx.db.delete(sources).where(eq(sources.id, id)),
    buildAuditEntry(ctx, { action: 'source.delete', entityType: 'source', entityId: id, details: { name: before.name, url: before.url } }),
  ]);
}

export async function saveSourceValidators({ db, id, etag, lastModified }: { db: Database; id: string; etag: string | null; lastModified: string | null }) {
  await db.update(sources).set({ etag, lastModified }).where(eq(sources.id, id));
}

export async function listEnabledSources({ db }: { db: Database }) {
  return db.select({ id: sources.id, kind: sources.kind, schedule: sources.schedule, name: sources.name }).from(sources).where(eq(sources.enabled, true));
}
