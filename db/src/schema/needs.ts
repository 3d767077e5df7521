import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { municipalities } from './municipalities.ts';
import { themes } from './themes.ts';
import { users } from './users.ts';
import { createdAt, updatedAt } from './timestamps.ts';

export const needStatuses = ['identified', 'in-progress', 'addressed', 'archived'] as const;
export type NeedStatus = (typeof needStatuses)[number];

export const needs = sqliteTable(
  'needs',
  {
    id: text('id').primaryKey(),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    category: text('category')
      .notNull()
      .references(() => themes.slug),
    targetGroups: text('target_groups', { mode: 'json' }).$type<string[]>().notNull(),
    // 1 is the most urgent, matching how the municipalities rank needs in the CNI assessment.
    priority: integer('priority').notNull(),
    // Integer euro cents: floating point cannot add up a budget exactly.
    estimatedBudgetCents: integer('estimated_budget_cents'),
    status: text('status', { enum: needStatuses }).notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('needs_municipality_idx').on(table.municipalityId),
    check('needs_priority_range', sql`${table.priority} BETWEEN 1 AND 3`),
    check('needs_budget_non_negative', sql`${table.estimatedBudgetCents} IS NULL OR ${table.estimatedBudgetCents} >= 0`),
  ],
);

export type Need = typeof needs.$inferSelect;
