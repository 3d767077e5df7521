import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './timestamps.ts';

export const municipalities = sqliteTable('municipalities', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  nameEl: text('name_el').notNull(),
  region: text('region').notNull(),
  regionEl: text('region_el').notNull(),
  createdAt: createdAt(),
});

export type Municipality = typeof municipalities.$inferSelect;
