import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Database } from './create-db.ts';
import { indexUnsearchedCalls } from './search/call-search-index.ts';

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Applies the committed drizzle-kit migrations and fills what they cannot; the same call serves start-up, CI and every test database. */
export async function migrateDb(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder });
  // The search index is built by code (folding, stemming), which SQL migrations cannot run.
  await indexUnsearchedCalls(db);
}
