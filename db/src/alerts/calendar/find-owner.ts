import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../create-db.ts';
import { users } from '../../schema/index.ts';

/** The user whose calendar feed a token opens, or null; a disabled account's feed is closed with it. */
export async function findCalendarOwner({ db, token }: { db: Database; token: string }) {
  const [owner] = await db
    .select({ userId: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.calendarToken, token), isNull(users.disabledAt)))
    .limit(1);
  return owner ?? null;
}
