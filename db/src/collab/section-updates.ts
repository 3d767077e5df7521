import { and, asc, eq, lte } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { sectionUpdates } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';

export interface StoredSectionUpdates {
  updates: Uint8Array[];
  /** The seq of the newest update, 0 when none: compaction replaces everything up to it. */
  lastSeq: number;
  /** When the newest update was stored, to know whether the next edit follows a long pause. */
  lastStoredAt: string | null;
}

/** Every stored Yjs update of a section, oldest first: applied in any order they give the same document. */
export async function loadSectionUpdates({ db, sectionId }: { db: Database; sectionId: string }): Promise<StoredSectionUpdates> {
  const rows = await db
    .select({ seq: sectionUpdates.seq, update: sectionUpdates.update, createdAt: sectionUpdates.createdAt })
    .from(sectionUpdates)
    .where(eq(sectionUpdates.sectionId, sectionId))
    .orderBy(asc(sectionUpdates.seq));
  const last = rows.at(-1);
  return { updates: rows.map((row) => new Uint8Array(row.update)), lastSeq: last?.seq ?? 0, lastStoredAt: last?.createdAt ?? null };
}

/** Appends one update; resolves once SQLite has it on disk (synchronous=FULL), with its seq. */
export async function appendSectionUpdate({ db, sectionId, update }: { db: Database; sectionId: string; update: Uint8Array }): Promise<number> {
  const [row] = await db
    .insert(sectionUpdates)
    .values({ sectionId, update: Buffer.from(update) })
    .returning({ seq: sectionUpdates.seq });
  return row!.seq;
}

/**
 * Replaces the updates up to `upToSeq` by one that holds them all, in one write transaction, so a reader sees
 * either the old rows or the merged one, never neither.
 */
export async function compactSectionUpdates({
  db,
  sectionId,
  upToSeq,
  merged,
}: {
  db: Database;
  sectionId: string;
  upToSeq: number;
  merged: Uint8Array;
}): Promise<void> {
  await writeBatch(db, [
    db.delete(sectionUpdates).where(and(eq(sectionUpdates.sectionId, sectionId), lte(sectionUpdates.seq, upToSeq))),
    db.insert(sectionUpdates).values({ sectionId, update: Buffer.from(merged) }),
  ]);
}
