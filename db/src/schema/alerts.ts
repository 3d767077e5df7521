import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { calls } from './calls.ts';
import { users } from './users.ts';
import { createdAt, utcTimestamp } from './timestamps.ts';

/** A search a user keeps; with `notify`, calls that newly meet it become notifications. */
export const savedSearches = sqliteTable(
  'saved_searches',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    // The same parameters as GET /api/calls, so a saved search opens as the list it was.
    query: text('query', { mode: 'json' }).$type<Record<string, string | number>>().notNull(),
    notify: integer('notify', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    // Calls first seen after this moment are new to the search.
    checkedAt: utcTimestamp('checked_at').notNull(),
  },
  (table) => [index('saved_searches_user_idx').on(table.userId)],
);

/** Calls a user follows: their revisions notify, their deadlines go to the user's calendar. */
export const trackedCalls = sqliteTable(
  'tracked_calls',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.callId] }), index('tracked_calls_call_idx').on(table.callId)],
);

export const notificationKinds = ['new-match', 'call-revised', 'saved-search', 'announcement', 'proposal'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notifications = sqliteTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    title: text('title').notNull(),
    // A path inside the workspace, e.g. /calls/<id>.
    link: text('link').notNull(),
    // The same event must notify once however often the job that sees it runs.
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: createdAt(),
    readAt: utcTimestamp('read_at'),
  },
  (table) => [
    uniqueIndex('notifications_user_dedupe_idx').on(table.userId, table.dedupeKey),
    index('notifications_user_created_idx').on(table.userId, table.createdAt),
  ],
);

/** Mail waiting to go, or kept for admins to read when no SMTP server is configured. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    // One digest per user and week, however often the job runs.
    dedupeKey: text('dedupe_key').notNull().unique(),
    createdAt: createdAt(),
    sentAt: utcTimestamp('sent_at'),
    error: text('error'),
  },
  (table) => [index('outbox_created_idx').on(table.createdAt)],
);
