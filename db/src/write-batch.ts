import type { InStatement } from '@libsql/client';
import type { Database } from './create-db.ts';
import { isDatabaseBusy } from './database-busy.ts';

interface BuildsSql {
  toSQL(): { sql: string; params: unknown[] };
}

function toStatement(statement: BuildsSql | InStatement): InStatement {
  if (typeof statement === 'object' && 'toSQL' in statement) {
    const { sql, params } = statement.toSQL();
    return { sql, args: params as never[] };
  }
  return statement;
}

/**
 * Runs statements atomically as one `BEGIN IMMEDIATE` batch. Drizzle's own batch is deferred, and a deferred
 * transaction that must upgrade to a write lock fails with SQLITE_BUSY without waiting for the busy timeout.
 * `BEGIN IMMEDIATE` takes the write lock before any statement runs, so a busy answer means nothing was
 * written and waiting once more is safe: another process's long write (a big ingest) gets a second timeout.
 */
export async function writeBatch(db: Database, statements: Array<BuildsSql | InStatement>): Promise<void> {
  const batch = statements.map(toStatement);
  try {
    await db.$client.batch(batch, 'write');
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    await db.$client.batch(batch, 'write');
  }
}
