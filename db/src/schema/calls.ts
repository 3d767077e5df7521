import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { programmes, type CallStatus, type EligibleApplicantKind } from './call-vocabulary.ts';
import { sources } from './sources.ts';
import { createdAt, updatedAt, utcTimestamp } from './timestamps.ts';
import { users } from './users.ts';

export const calls = sqliteTable(
  'calls',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    url: text('url'),
    funder: text('funder'),
    programme: text('programme', { enum: programmes }).notNull(),
    reference: text('reference'),
    // Status is computed from the dates when read, because "open" turns into "closed" with no document changing.
    // Only what the dates cannot tell is stored: the source's own word, and a withdrawal.
    statusHint: text('status_hint').$type<CallStatus>(),
    withdrawn: integer('withdrawn', { mode: 'boolean' }).notNull().default(false),
    openingDate: utcTimestamp('opening_date'),
    deadline: utcTimestamp('deadline'),
    // Integer euro cents: floating point cannot add up a budget exactly.
    budgetCents: integer('budget_cents'),
    currency: text('currency').notNull().default('EUR'),
    maxGrantCents: integer('max_grant_cents'),
    cofinancingRate: real('cofinancing_rate'),
    eligibleApplicants: text('eligible_applicants', { mode: 'json' }).$type<EligibleApplicantKind[]>().notNull(),
    themes: text('themes', { mode: 'json' }).$type<string[]>().notNull(),
    language: text('language', { enum: ['el', 'en'] }).notNull(),
    official: integer('official', { mode: 'boolean' }).notNull().default(false),
    origin: text('origin', { enum: ['collected', 'manual'] }).notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    firstSeenAt: createdAt('first_seen_at'),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('calls_deadline_idx').on(table.deadline),
    // With the deadline index, finds the next instant a status changes by the clock without reading every call.
    index('calls_opening_idx').on(table.openingDate),
    index('calls_programme_idx').on(table.programme),
    index('calls_reference_idx').on(table.reference),
    index('calls_first_seen_idx').on(table.firstSeenAt),
  ],
);

/** Every place a call was found: one call may come from several sources, and each link is kept. */
export const callSources = sqliteTable(
  'call_sources',
  {
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    url: text('url'),
    // Hash of the normalised item: an unchanged item is skipped before anything is written.
    contentHash: text('content_hash').notNull(),
    firstSeenAt: createdAt('first_seen_at'),
    lastChangedAt: utcTimestamp('last_changed_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.sourceId, table.itemKey] }), index('call_sources_call_idx').on(table.callId)],
);

export const callRevisions = sqliteTable(
  'call_revisions',
  {
    id: text('id').primaryKey(),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    at: createdAt('at'),
    sourceId: text('source_id').references(() => sources.id, { onDelete: 'set null' }),
    actorUserId: text('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    changes: text('changes', { mode: 'json' }).$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
  },
  (table) => [index('call_revisions_call_idx').on(table.callId, table.at)],
);

export type Call = typeof calls.$inferSelect;
