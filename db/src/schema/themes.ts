import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './timestamps.ts';

// A controlled vocabulary kept as rows, not an enum, because coordinators extend it.
export const themes = sqliteTable('themes', {
  slug: text('slug').primaryKey(),
  name: text('name').notNull(),
  nameEl: text('name_el').notNull(),
  description: text('description').notNull(),
  descriptionEl: text('description_el').notNull(),
  createdAt: createdAt(),
});

export type Theme = typeof themes.$inferSelect;
