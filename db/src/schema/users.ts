import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { municipalities } from './municipalities.ts';
import { createdAt, utcTimestamp } from './timestamps.ts';

export const roles = ['officer', 'coordinator', 'liaison', 'admin'] as const;
export type Role = (typeof roles)[number];

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  // Stored lower-cased so that login and uniqueness do not depend on how someone typed their address.
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  // Secret token of the user's personal iCal feed; rotating it revokes a leaked calendar URL.
  calendarToken: text('calendar_token').notNull().unique(),
  disabledAt: utcTimestamp('disabled_at'),
  lastLoginAt: utcTimestamp('last_login_at'),
  createdAt: createdAt(),
});

export const memberships = sqliteTable(
  'memberships',
  {
    // One membership per user: an officer works for exactly one municipality.
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roles }).notNull(),
    municipalityId: text('municipality_id').references(() => municipalities.id),
    createdAt: createdAt(),
  },
  (table) => [
    index('memberships_municipality_idx').on(table.municipalityId),
    check(
      'memberships_officer_has_municipality',
      sql`(${table.role} = 'officer') = (${table.municipalityId} IS NOT NULL)`,
    ),
  ],
);

export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
