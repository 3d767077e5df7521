import { index, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { calls } from './calls.ts';
import { needs } from './needs.ts';
import { users } from './users.ts';
import type { MatchReason } from '../matching/match-reason.ts';
import { createdAt, utcTimestamp } from './timestamps.ts';

/** Computed by the matcher, never by a request: the best calls for each need, with the reasons shown to people. */
export const matches = sqliteTable(
  'matches',
  {
    needId: text('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'cascade' }),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    // The reasons as data; the sentences people read are made from them when listed, in their language.
    reasons: text('reasons', { mode: 'json' }).$type<MatchReason[]>().notNull(),
    computedAt: utcTimestamp('computed_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.needId, table.callId] }),
    index('matches_need_score_idx').on(table.needId, table.score),
    index('matches_call_idx').on(table.callId),
  ],
);

export const matchVerdicts = ['relevant', 'not-relevant'] as const;
export type MatchVerdict = (typeof matchVerdicts)[number];

/** An officer's word on a match; it outlives recomputation and moves the call up or down for that need. */
export const matchFeedback = sqliteTable(
  'match_feedback',
  {
    needId: text('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'cascade' }),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    verdict: text('verdict', { enum: matchVerdicts }).notNull(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    at: createdAt('at'),
  },
  (table) => [primaryKey({ columns: [table.needId, table.callId] })],
);
