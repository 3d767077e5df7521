import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { programmes } from './call-vocabulary.ts';
import { calls } from './calls.ts';
import { municipalities } from './municipalities.ts';
import { proposals } from './proposals.ts';
import { users } from './users.ts';
import { createdAt, updatedAt } from './timestamps.ts';

export const lessonPhases = ['preparation', 'eligibility', 'budget', 'partnership', 'submission', 'implementation'] as const;
export type LessonPhase = (typeof lessonPhases)[number];

/** Who may read a lesson: the author's municipality (and the coordination team), every member, or anyone. */
export const sharingLevels = ['municipality', 'network', 'public'] as const;
export type SharingLevel = (typeof sharingLevels)[number];

export interface PracticeContact {
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface PracticeLink {
  label: string;
  url: string;
}

/** What came of a proposal once it left the team's hands: the evaluators' word, kept for the next team. */
export const proposalOutcomes = sqliteTable(
  'proposal_outcomes',
  {
    proposalId: text('proposal_id')
      .primaryKey()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    evaluatorScore: real('evaluator_score'),
    evaluatorMaxScore: real('evaluator_max_score'),
    feedback: text('feedback').notNull().default(''),
    attachmentName: text('attachment_name'),
    attachmentBytes: integer('attachment_bytes'),
    recordedBy: text('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (table) => [
    check('proposal_outcomes_score_range', sql`${table.evaluatorScore} IS NULL OR ${table.evaluatorScore} >= 0`),
  ],
);

/** The evaluation report as a PDF, apart from the outcome row so that lists never read the bytes. */
export const proposalOutcomeFiles = sqliteTable('proposal_outcome_files', {
  proposalId: text('proposal_id')
    .primaryKey()
    .references(() => proposalOutcomes.proposalId, { onDelete: 'cascade' }),
  content: blob('content', { mode: 'buffer' }).notNull(),
});

export const goodPractices = sqliteTable(
  'good_practices',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    summary: text('summary').notNull(),
    // Markdown as the coordinator wrote it; rendered and sanitised by the API on the way out.
    body: text('body').notNull(),
    themes: text('themes', { mode: 'json' }).$type<string[]>().notNull(),
    programme: text('programme', { enum: programmes }),
    contacts: text('contacts', { mode: 'json' }).$type<PracticeContact[]>().notNull(),
    links: text('links', { mode: 'json' }).$type<PracticeLink[]>().notNull(),
    // Folded, stemmed words of title, summary and body (search/analyse-text), indexed by good_practice_fts.
    searchTerms: text('search_terms').notNull(),
    authorUserId: text('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('good_practices_municipality_idx').on(table.municipalityId)],
);

export const lessons = sqliteTable(
  'lessons',
  {
    id: text('id').primaryKey(),
    proposalId: text('proposal_id').references(() => proposals.id, { onDelete: 'set null' }),
    // The municipality whose experience it is; null for a lesson the coordination team writes for the network.
    municipalityId: text('municipality_id').references(() => municipalities.id),
    authorUserId: text('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    whatHappened: text('what_happened').notNull(),
    nextTime: text('next_time').notNull(),
    programme: text('programme', { enum: programmes }).notNull(),
    funder: text('funder'),
    themes: text('themes', { mode: 'json' }).$type<string[]>().notNull(),
    phase: text('phase', { enum: lessonPhases }).notNull(),
    sharing: text('sharing', { enum: sharingLevels }).notNull(),
    goodPracticeId: text('good_practice_id').references(() => goodPractices.id, { onDelete: 'set null' }),
    // Folded, stemmed words of title and both texts (search/analyse-text), indexed by lesson_fts.
    searchTerms: text('search_terms').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('lessons_programme_idx').on(table.programme),
    index('lessons_municipality_idx').on(table.municipalityId),
    index('lessons_proposal_idx').on(table.proposalId),
    // A municipality-only lesson with no municipality would be readable by no officer at all.
    check('lessons_municipality_sharing', sql`${table.sharing} <> 'municipality' OR ${table.municipalityId} IS NOT NULL`),
  ],
);

export const proposalGoodPractices = sqliteTable(
  'proposal_good_practices',
  {
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    goodPracticeId: text('good_practice_id')
      .notNull()
      .references(() => goodPractices.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.proposalId, table.goodPracticeId] })],
);

/** A programme or call the ministry liaison announces: the call itself is an ordinary (official) call. */
export const announcements = sqliteTable(
  'announcements',
  {
    id: text('id').primaryKey(),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    message: text('message').notNull(),
    authorUserId: text('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('announcements_created_idx').on(table.createdAt), index('announcements_call_idx').on(table.callId)],
);

/** The municipalities an announcement is for; none at all means every member. */
export const announcementTargets = sqliteTable(
  'announcement_targets',
  {
    announcementId: text('announcement_id')
      .notNull()
      .references(() => announcements.id, { onDelete: 'cascade' }),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
  },
  (table) => [primaryKey({ columns: [table.announcementId, table.municipalityId] })],
);

/** Who opened an announcement first and when: the liaison's "which municipalities read it". */
export const announcementOpens = sqliteTable(
  'announcement_opens',
  {
    announcementId: text('announcement_id')
      .notNull()
      .references(() => announcements.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    municipalityId: text('municipality_id').references(() => municipalities.id),
    openedAt: createdAt('opened_at'),
  },
  (table) => [primaryKey({ columns: [table.announcementId, table.userId] })],
);

export type Lesson = typeof lessons.$inferSelect;
export type GoodPractice = typeof goodPractices.$inferSelect;
export type Announcement = typeof announcements.$inferSelect;
