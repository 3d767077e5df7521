import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sourceKinds } from './call-vocabulary.ts';
import { createdAt, updatedAt, utcTimestamp } from './timestamps.ts';
import { users } from './users.ts';

export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: sourceKinds }).notNull(),
  url: text('url').notNull(),
  // Per-kind options, validated by the connector's own schema before every run.
  options: text('options', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  schedule: text('schedule').notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull(),
  // Validators of the last successful fetch, sent back as a conditional GET.
  etag: text('etag'),
  lastModified: text('last_modified'),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const runStatuses = ['running', 'ok', 'error', 'interrupted'] as const;
export type RunStatus = (typeof runStatuses)[number];

export const sourceRuns = sqliteTable(
  'source_runs',
  {
    id: text('id').primaryKey(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    status: text('status', { enum: runStatuses }).notNull(),
    fetched: integer('fetched').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    // Which process ran it: an interrupted run is one whose process is gone.
    holder: text('holder').notNull(),
    startedAt: utcTimestamp('started_at').notNull(),
    finishedAt: utcTimestamp('finished_at'),
    durationMs: integer('duration_ms'),
  },
  (table) => [index('source_runs_source_started_idx').on(table.sourceId, table.startedAt)],
);

/** Named leases in the database: two product processes on one database never run the same source at once. */
export const leases = sqliteTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: utcTimestamp('expires_at').notNull(),
});

export type Source = typeof sources.$inferSelect;
export type SourceRun = typeof sourceRuns.$inferSelect;
