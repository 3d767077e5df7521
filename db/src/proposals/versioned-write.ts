import type { InStatement } from '@libsql/client';
import type { Database } from '../create-db.ts';
import { ConflictError } from '../errors.ts';

interface BuildsSql {
  toSQL(): { sql: string; params: unknown[] };
}

function toStatement(statement: BuildsSql): InStatement {
  const { sql, params } = statement.toSQL();
  return { sql, args: params as never[] };
}

/**
 * Runs `guard` (an UPDATE … WHERE id = ? AND version = ? that also bumps the version) and then `statements`, in
 * one write transaction. When the guard changes no row someone else saved first: nothing is written and the
 * caller gets a 409, so a stale form never overwrites a newer one.
 */
export async function writeAtVersion(db: Database, guard: BuildsSql, statements: BuildsSql[], what: string): Promise<void> {
  const transaction = await db.$client.transaction('write');
  try {
    const result = await transaction.execute(toStatement(guard));
    if (result.rowsAffected === 0) {
      await transaction.rollback();
      throw new ConflictError(`This ${what} was changed by someone else. Reload it and apply your change again.`);
    }
    if (statements.length > 0) await transaction.batch(statements.map(toStatement));
    await transaction.commit();
  } finally {
    transaction.close();
  }
}
