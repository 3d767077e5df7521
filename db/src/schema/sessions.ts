import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users.ts';
import { createdAt, utcTimestamp } from './timestamps.ts';

export const sessions = sqliteTable(
  'sessions',
  {
    // A keyed hash of the cookie token, so a copy of the database cannot be replayed as cookies.
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: utcTimestamp('last_seen_at').notNull(),
    expiresAt: utcTimestamp('expires_at').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

export type Session = typeof sessions.$inferSelect;
