import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { sectionVersions, users } from '../schema/index.ts';

export type SectionVersionKind = 'named' | 'automatic';

export interface NewSectionVersion {
  sectionId: string;
  name: string | null;
  kind: SectionVersionKind;
  /** The whole Yjs state (Y.encodeStateAsUpdate), so the content can be restored exactly. */
  state: Uint8Array;
  plainText: string;
  createdBy: string | null;
}

export async function createSectionVersion({ db, version }: { db: Database; version: NewSectionVersion }) {
  const id = randomUUID();
  const createdAt = new Date().toISOString();
  await db.insert(sectionVersions).values({ ...version, id, createdAt, state: Buffer.from(version.state) });
  return { id, name: version.name, kind: version.kind, createdAt };
}

/** Newest first, without the states: a history list needs names and dates only. */
export async function listSectionVersions({ db, sectionId }: { db: Database; sectionId: string }) {
  const rows = await db
    .select({
      id: sectionVersions.id,
      name: sectionVersions.name,
      kind: sectionVersions.kind,
      createdAt: sectionVersions.createdAt,
      createdById: sectionVersions.createdBy,
      createdByName: users.name,
    })
    .from(sectionVersions)
    .leftJoin(users, eq(users.id, sectionVersions.createdBy))
    .where(eq(sectionVersions.sectionId, sectionId))
    .orderBy(desc(sectionVersions.createdAt), desc(sectionVersions.id));
  return rows.map(({ createdById, createdByName, ...row }) => ({
    ...row,
    createdBy: createdById ? { id: createdById, name: createdByName ?? '' } : null,
  }));
}

export async function getSectionVersion({ db, sectionId, versionId }: { db: Database; sectionId: string; versionId: string }) {
  const [row] = await db
    .select({ id: sectionVersions.id, state: sectionVersions.state, plainText: sectionVersions.plainText })
    .from(sectionVersions)
    .where(and(eq(sectionVersions.id, versionId), eq(sectionVersions.sectionId, sectionId)))
    .limit(1);
  return row ? { id: row.id, state: new Uint8Array(row.state), plainText: row.plainText } : null;
}
