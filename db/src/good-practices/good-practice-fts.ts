import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The FTS5 table over good practices' search terms, declared for queries only: migration 0004 creates it by
 * hand with triggers that copy `good_practices.search_terms` (drizzle-kit cannot write virtual tables), and it
 * stays out of `schema/index.ts` so drizzle-kit never tries to.
 */
export const goodPracticeFts = sqliteTable('good_practice_fts', {
  goodPracticeId: text('good_practice_id').notNull(),
  terms: text('terms').notNull(),
});
