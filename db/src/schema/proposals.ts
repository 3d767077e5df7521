import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { calls } from './calls.ts';
import { municipalities } from './municipalities.ts';
import { needs } from './needs.ts';
import { users } from './users.ts';
import { createdAt, updatedAt, utcTimestamp } from './timestamps.ts';

export const proposalStatuses = ['idea', 'drafting', 'review', 'submitted', 'awarded', 'rejected', 'withdrawn'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** A section a template starts a proposal with; the guidance says what evaluators look for. */
export interface TemplateSection {
  key: string;
  title: string;
  titleEl: string;
  guidance: string;
  guidanceEl: string;
}

/** Section lists per programme (ESF+, AMIF, donor, blank), maintained by the coordination team. */
export const proposalTemplates = sqliteTable('proposal_templates', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  nameEl: text('name_el').notNull(),
  sections: text('sections', { mode: 'json' }).$type<TemplateSection[]>().notNull(),
  updatedAt: updatedAt(),
});

export const proposals = sqliteTable(
  'proposals',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    callId: text('call_id').references(() => calls.id, { onDelete: 'set null' }),
    leadMunicipalityId: text('lead_municipality_id')
      .notNull()
      .references(() => municipalities.id),
    ownerUserId: text('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    templateKey: text('template_key').notNull(),
    status: text('status', { enum: proposalStatuses }).notNull(),
    // The submission deadline: the call's when there is one, else the proposal's own.
    deadline: utcTimestamp('deadline'),
    requestedCents: integer('requested_cents'),
    awardedCents: integer('awarded_cents'),
    // A submitted proposal the lead shares with the network as an example others may read.
    sharedAsExample: integer('shared_as_example', { mode: 'boolean' }).notNull().default(false),
    // Every non-CRDT write names the version it read; a stale one is refused (409), never overwritten.
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('proposals_lead_idx').on(table.leadMunicipalityId), index('proposals_call_idx').on(table.callId)],
);

export const proposalPartners = sqliteTable(
  'proposal_partners',
  {
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
  },
  (table) => [primaryKey({ columns: [table.proposalId, table.municipalityId] }), index('proposal_partners_municipality_idx').on(table.municipalityId)],
);

export const proposalNeeds = sqliteTable(
  'proposal_needs',
  {
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    needId: text('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.proposalId, table.needId] })],
);

/** Who moved a proposal from which status to which, and when. */
export const proposalStatusChanges = sqliteTable(
  'proposal_status_changes',
  {
    id: text('id').primaryKey(),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: proposalStatuses }),
    toStatus: text('to_status', { enum: proposalStatuses }).notNull(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    at: createdAt('at'),
  },
  (table) => [index('proposal_status_changes_proposal_idx').on(table.proposalId, table.at)],
);

export const proposalMilestones = sqliteTable(
  'proposal_milestones',
  {
    id: text('id').primaryKey(),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueAt: utcTimestamp('due_at').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('proposal_milestones_proposal_idx').on(table.proposalId)],
);

/**
 * A section's rich text lives in Yjs: `plainText` is derived from it for search, export and the API, never
 * the other way round (rebuilding a document from text doubles content when an old client reconnects).
 */
export const proposalSections = sqliteTable(
  'proposal_sections',
  {
    id: text('id').primaryKey(),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    title: text('title').notNull(),
    position: integer('position').notNull(),
    plainText: text('plain_text').notNull().default(''),
    updatedAt: updatedAt(),
  },
  (table) => [index('proposal_sections_proposal_idx').on(table.proposalId, table.position)],
);

/** Yjs updates of a section, appended as they arrive (each awaited before it counts as saved), compacted later. */
export const sectionUpdates = sqliteTable(
  'section_updates',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    sectionId: text('section_id')
      .notNull()
      .references(() => proposalSections.id, { onDelete: 'cascade' }),
    update: blob('update', { mode: 'buffer' }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('section_updates_section_idx').on(table.sectionId, table.seq)],
);

/** Named or automatic snapshots of a section: the full Yjs state and its text, to compare and restore. */
export const sectionVersions = sqliteTable(
  'section_versions',
  {
    id: text('id').primaryKey(),
    sectionId: text('section_id')
      .notNull()
      .references(() => proposalSections.id, { onDelete: 'cascade' }),
    name: text('name'),
    kind: text('kind', { enum: ['named', 'automatic'] }).notNull(),
    state: blob('state', { mode: 'buffer' }).notNull(),
    plainText: text('plain_text').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('section_versions_section_idx').on(table.sectionId, table.createdAt)],
);

/** Comment threads on sections: a root comment and its replies (`parentId`); a thread resolves and reopens. */
export const proposalComments = sqliteTable(
  'proposal_comments',
  {
    id: text('id').primaryKey(),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    sectionId: text('section_id').references(() => proposalSections.id, { onDelete: 'cascade' }),
    parentId: text('parent_id'),
    authorUserId: text('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    resolvedAt: utcTimestamp('resolved_at'),
    resolvedBy: text('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('proposal_comments_proposal_idx').on(table.proposalId, table.createdAt)],
);

export const proposalTasks = sqliteTable(
  'proposal_tasks',
  {
    id: text('id').primaryKey(),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    assigneeUserId: text('assignee_user_id').references(() => users.id, { onDelete: 'set null' }),
    dueAt: utcTimestamp('due_at'),
    done: integer('done', { mode: 'boolean' }).notNull().default(false),
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('proposal_tasks_proposal_idx').on(table.proposalId, table.position)],
);

export const budgetCategories = ['staff', 'travel', 'equipment', 'subcontracting', 'services', 'other-direct', 'indirect'] as const;
export type BudgetCategory = (typeof budgetCategories)[number];

/**
 * One line of a proposal's budget. Quantities are kept in thousandths (1.5 person-months = 1500) so that every
 * total is integer arithmetic in cents; funder share plus own contribution equals the line total.
 */
export const budgetLines = sqliteTable(
  'budget_lines',
  {
    id: text('id').primaryKey(),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    category: text('category', { enum: budgetCategories }).notNull(),
    description: text('description').notNull(),
    quantityMilli: integer('quantity_milli').notNull(),
    unitCostCents: integer('unit_cost_cents').notNull(),
    funderShareCents: integer('funder_share_cents').notNull(),
    ownContributionCents: integer('own_contribution_cents').notNull(),
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('budget_lines_proposal_idx').on(table.proposalId, table.position),
    check('budget_lines_non_negative', sql`${table.quantityMilli} >= 0 AND ${table.unitCostCents} >= 0 AND ${table.funderShareCents} >= 0 AND ${table.ownContributionCents} >= 0`),
  ],
);
