import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { utcTimestamp } from './timestamps.ts';

// One row per scheduled job: proves the scheduler is alive and when each job last ran.
export const jobHeartbeats = sqliteTable('job_heartbeats', {
  job: text('job').primaryKey(),
  lastBeatAt: utcTimestamp('last_beat_at').notNull(),
  processId: integer('process_id').notNull(),
  hostname: text('hostname').notNull(),
  beats: integer('beats').notNull().default(0),
});
