import type { Database } from '../create-db.ts';
import { changeCounterNames, type ChangeCounterName } from '../schema/index.ts';

export type ChangeCounters = Record<ChangeCounterName, number>;

const readSql = 'SELECT name, value FROM change_counters';

/**
 * How many writes the tables behind each counter have seen, all counters in one read. Read on every cached
 * request, so it goes straight to the client: building the statement through Drizzle each time would cost
 * more than the read itself.
 */
export async function readChangeCounters(db: Database): Promise<ChangeCounters> {
  const { rows } = await db.$client.execute(readSql);
  const byName = new Map(rows.map((row) => [String(row[0]), Number(row[1])]));
  const counters = {} as ChangeCounters;
  for (const name of changeCounterNames) {
    const value = byName.get(name);
    if (value === undefined) throw new Error(`No change counter named ${name}: is migration 0006 applied?`);
    counters[name] = value;
  }
  return counters;
}
