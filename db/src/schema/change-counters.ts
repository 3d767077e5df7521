import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One row per kind of data that processes cache. Triggers (migration 0006) add one to `value` on every write
 * to the tables behind it, from any connection or process, so a cache is good while its counter stands still:
 * - `calls`: calls, call_search and call_sources, what a list of calls is read from;
 * - `accounts`: ended sessions, users, memberships and municipality renames, who a session cookie is.
 *   Sessions' once-a-minute last_seen_at update is left out on purpose: it changes nobody's rights.
 */
export const changeCounters = sqliteTable('change_counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull().default(0),
});

export const changeCounterNames = ['calls', 'accounts'] as const;
export type ChangeCounterName = (typeof changeCounterNames)[number];
