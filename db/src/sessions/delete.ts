import { eq, lt } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { sessions } from '../schema/index.ts';

export async function deleteSession({ db, id }: { db: Database; id: string }): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteExpiredSessions({ db, now }: { db: Database; now: Date }): Promise<number> {
  const result = await db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString()));
  return result.rowsAffected;
}
