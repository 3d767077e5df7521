import { eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { users } from '../schema/index.ts';

export async function recordLogin({ db, userId, at }: { db: Database; userId: string; at: Date }): Promise<void> {
  await db.update(users).set({ lastLoginAt: at.toISOString() }).where(eq(users.id, userId));
}
