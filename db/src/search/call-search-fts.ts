import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The FTS5 table over `call_search`, declared for queries only: migration 0002 creates it by hand (drizzle-kit
 * cannot write virtual tables), and it stays out of `schema/index.ts` so drizzle-kit never tries to.
 */
export const callSearchFts = sqliteTable('call_search_fts', {
  rowid: integer('rowid').notNull(),
  titleTerms: text('title_terms').notNull(),
  bodyTerms: text('body_terms').notNull(),
});
