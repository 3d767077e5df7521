import { asc, desc, eq } from 'drizzle-orm';
import type { Database } from '../../create-db.ts';
import { calls } from '../../schema/index.ts';

/** Calls announced by the ministry liaison or the coordination team, newest first: the public Atom feed. */
export async function listOfficialCalls({ db, limit = 50 }: { db: Database; limit?: number }) {
  return db
    .select({
      id: calls.id,
      title: calls.title,
      summary: calls.summary,
      funder: calls.funder,
      deadline: calls.deadline,
      language: calls.language,
      firstSeenAt: calls.firstSeenAt,
      updatedAt: calls.updatedAt,
    })
    .from(calls)
    .where(eq(calls.official, true))
    .orderBy(desc(calls.firstSeenAt), asc(calls.id))
    .limit(limit);
}
