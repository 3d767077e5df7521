import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Database } from './create-db.ts';

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Applies the committed drizzle-kit migrations; the same call serves start-up, CI and every test database. */
export async function migrateDb(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder });
}
