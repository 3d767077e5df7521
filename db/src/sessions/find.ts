import { eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { sessions } from '../schema/index.ts';

export async function findSession({ db, id }: { db: Database; id: string }) {
  const [session] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  return session;
}
