import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { auditLog } from '../schema/index.ts';

export interface AuditFilters {
  /** An action or its prefix: `auth.login` also finds `auth.login.failed`. */
  action?: string;
  /** The actor's e-mail address, exactly. */
  actor?: string;
  /** Only rows older than this id: the cursor of the next page. */
  before?: number;
  limit: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** One page of the audit log, newest first, with the cursor of the next page when there is one. */
export async function listAuditPage({ db, filters }: { db: Database; filters: AuditFilters }) {
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        filters.action ? sql`${auditLog.action} LIKE ${`${escapeLike(filters.action)}%`} ESCAPE '\\'` : undefined,
        filters.actor ? eq(auditLog.actorEmail, filters.actor.trim().toLowerCase()) : undefined,
        filters.before !== undefined ? lt(auditLog.id, filters.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(filters.limit + 1);
  const entries = rows.slice(0, filters.limit);
  return { entries, nextBefore: rows.length > filters.limit ? (entries.at(-1)?.id ?? null) : null };
}
