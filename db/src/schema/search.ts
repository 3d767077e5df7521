import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { calls } from './calls.ts';

/**
 * The searchable words of each call: folded, stop words dropped, stemmed (see `search/analyse-text.ts`), so
 * `Μεταναστών`, `μεταναστων` and `ΜΕΤΑΝΑΣΤΕΣ` index as one term. The FTS5 table `call_search_fts` (migration
 * 0002, kept in step by triggers) indexes these columns; its integer rowid is this table's, which VACUUM keeps,
 * unlike the implicit rowid of `calls`.
 */
export const callSearch = sqliteTable('call_search', {
  rowid: integer('rowid').primaryKey(),
  callId: text('call_id')
    .notNull()
    .unique()
    .references(() => calls.id, { onDelete: 'cascade' }),
  titleTerms: text('title_terms').notNull(),
  bodyTerms: text('body_terms').notNull(),
});
