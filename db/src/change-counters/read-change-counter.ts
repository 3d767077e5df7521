import type { Database } from '../create-db.ts';
import type { ChangeCounterName } from '../schema/index.ts';

const readSql = 'SELECT value FROM change_counters WHERE name = ?';

/**
 * How many writes the tables behind `name` have seen. Read on every cached request, so it goes straight to
 * the client: building the same statement through Drizzle each time would cost more than the read itself.
 */
export async function readChangeCounter(db: Database, name: ChangeCounterName): Promise<number> {
  const result = await db.$client.execute({ sql: readSql, args: [name] });
  const value = result.rows[0]?.[0];
  if (value === undefined) throw new Error(`No change counter named ${name}: is migration 0006 applied?`);
  return Number(value);
}
