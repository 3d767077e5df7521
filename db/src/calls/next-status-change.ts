import { sql } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { calls } from '../schema/index.ts';

/**
 * The next instant after `now` at which some call's status changes by the clock alone (an opening date reached
 * makes it open, a deadline reached closes it; see `callStatusAt`), or null when no date lies ahead. Until then,
 * a list of calls read at `now` stays true unless something is written.
 */
export async function nextCallStatusChange({ db, now }: { db: Database; now: Date }): Promise<Date | null> {
  const nowIso = now.toISOString();
  const [row] = await db.all<{ next: string | null }>(sql`SELECT min(next) AS next FROM (
    SELECT min(${calls.openingDate}) AS next FROM ${calls} WHERE ${calls.openingDate} > ${nowIso}
    UNION ALL
    SELECT min(${calls.deadline}) AS next FROM ${calls} WHERE ${calls.deadline} > ${nowIso})`);
  return row?.next ? new Date(row.next) : null;
}
