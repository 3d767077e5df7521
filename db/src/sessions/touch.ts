import { eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { sessions } from '../schema/index.ts';

export async function touchSession({ db, id, at }: { db: Database; id: string; at: Date }): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at.toISOString() }).where(eq(sessions.id, id));
}
