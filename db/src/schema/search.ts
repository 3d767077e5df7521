import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { CallStatus } from './call-vocabulary.ts';
import { calls } from './calls.ts';
import { utcTimestamp } from './timestamps.ts';

/**
 * The search document of each call: its words folded, stop words dropped and stemmed (see
 * `search/analyse-text.ts`), so `Μεταναστών`, `μεταναστων` and `ΜΕΤΑΝΑΣΤΕΣ` index as one term, and a copy of
 * what lists filter, facet and sort on. Counting the facets of 10,000 matches must not read 10,000 wide call
 * rows: here they are a rowid away from the FTS5 table `call_search_fts` (migration 0002, kept in step by
 * triggers), whose integer rowid is this table's, which VACUUM keeps, unlike the implicit rowid of `calls`.
 */
export const callSearch = sqliteTable(
  'call_search',
  {
    rowid: integer('rowid').primaryKey(),
    callId: text('call_id')
      .notNull()
      .unique()
      .references(() => calls.id, { onDelete: 'cascade' }),
    titleTerms: text('title_terms').notNull(),
    bodyTerms: text('body_terms').notNull(),
    programme: text('programme').notNull(),
    statusHint: text('status_hint').$type<CallStatus>(),
    withdrawn: integer('withdrawn', { mode: 'boolean' }).notNull(),
    openingDate: utcTimestamp('opening_date'),
    deadline: utcTimestamp('deadline'),
    firstSeenAt: utcTimestamp('first_seen_at').notNull(),
    themes: text('themes', { mode: 'json' }).$type<string[]>().notNull(),
    eligibleApplicants: text('eligible_applicants', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (table) => [index('call_search_deadline_idx').on(table.deadline), index('call_search_first_seen_idx').on(table.firstSeenAt)],
);
