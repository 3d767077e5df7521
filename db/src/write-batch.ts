import type { InStatement } from '@libsql/client';
import type { Database } from './create-db.ts';

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
 */
export async function writeBatch(db: Database, statements: Array<BuildsSql | InStatement>): Promise<void> {
  await db.$client.batch(statements.map(toStatement), 'write');
}
