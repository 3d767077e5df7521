import { sql } from 'drizzle-orm';
import type { Database } from '../create-db.ts';

/** True when the database answers a trivial query. */
export async function pingDatabase({ db }: { db: Database }): Promise<boolean> {
  try {
    await db.run(sql`SELECT 1`);
    return true;
  } catch {
    return false;
  }
}
