import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { sessions } from '../schema/index.ts';

/** The delete of every session of a user, but the one they are using when `keep` is given. */
export function buildEndSessions(db: Database, userId: string, keep?: string) {
  return db.delete(sessions).where(and(eq(sessions.userId, userId), keep ? ne(sessions.id, keep) : undefined));
}
