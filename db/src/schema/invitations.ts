import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { municipalities } from './municipalities.ts';
import { createdAt, utcTimestamp } from './timestamps.ts';
import { roles, users } from './users.ts';

export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    // Only a hash of the one-time token: the link is shown once, and a copy of the database cannot accept it.
    tokenHash: text('token_hash').notNull().unique(),
    // Lower-cased like users.email, so the account created on acceptance matches the one invited.
    email: text('email').notNull(),
    role: text('role', { enum: roles }).notNull(),
    municipalityId: text('municipality_id').references(() => municipalities.id),
    createdByUserId: text('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: utcTimestamp('expires_at').notNull(),
    acceptedAt: utcTimestamp('accepted_at'),
    acceptedUserId: text('accepted_user_id').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: utcTimestamp('revoked_at'),
  },
  (table) => [
    index('invitations_created_idx').on(table.createdAt),
    check('invitations_officer_has_municipality', sql`(${table.role} = 'officer') = (${table.municipalityId} IS NOT NULL)`),
  ],
);

export type Invitation = typeof invitations.$inferSelect;
