import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The FTS5 table over lessons' search terms, declared for queries only: migration 0004 creates it by hand
 * with the triggers that keep it in step with `lessons.search_terms`, and it stays out of `schema/index.ts`
 * so that drizzle-kit never tries to.
 */
export const lessonFts = sqliteTable('lesson_fts', {
  lessonId: text('lesson_id').notNull(),
  terms: text('terms').notNull(),
});
