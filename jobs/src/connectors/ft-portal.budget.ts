import { z } from 'zod';
import { SourceError } from '../ingest/source-error.ts';
import { validateDocument } from './source-document.ts';

// Amounts come as numbers or as strings of digits, depending on the call; an empty string means "not set".
const amountSchema = z.union([
  z.number().nonnegative(),
  z
    .string()
    .regex(/^\s*(\d+(\.\d+)?)?\s*$/, 'not an amount')
    .transform((text) => (text.trim() === '' ? null : Number(text))),
]);

const budgetOverviewSchema = z.object({
  budgetTopicActionMap: z
    .record(
      z.string(),
      z.array(
        z.object({
          action: z.string(),
          budgetYearMap: z.record(z.string(), amountSchema.nullable()).nullish(),
          maxContribution: amountSchema.nullish(),
        }),
      ),
    )
    .nullish(),
});

export interface TopicBudget {
  budgetCents: number | null;
  maxGrantCents: number | null;
}

/**
 * The topic's own budget out of `budgetOverview`, which describes the whole parent call: only the entries
 * whose action is this topic's identifier followed by a space (`AMIF-…-WOMEN - AMIF-PJG`), so a topic whose
 * identifier is a prefix of another's does not take its sibling's money.
 */
export function readTopicBudget(budgetOverviewJson: string, identifier: string, origin: string): TopicBudget {
  let parsed: unknown;
  try {
    parsed = JSON.parse(budgetOverviewJson);
  } catch {
    throw new SourceError('invalid_document', `${origin}: the budgetOverview of ${identifier} is not JSON`);
  }
  const overview = validateDocument(budgetOverviewSchema, parsed, origin, `the budgetOverview of ${identifier}`);
  const entries = Object.values(overview.budgetTopicActionMap ?? {})
    .flat()
    .filter((entry) => entry.action.startsWith(`${identifier} `));

  const yearAmounts = entries.flatMap((entry) => Object.values(entry.budgetYearMap ?? {})).filter(isAmount);
  const maxContributions = entries.map((entry) => entry.maxContribution).filter(isAmount);
  return {
    budgetCents: yearAmounts.length > 0 ? yearAmounts.reduce((sum, amount) => sum + toCents(amount), 0) : null,
    maxGrantCents: maxContributions.length > 0 ? Math.max(...maxContributions.map(toCents)) : null,
  };
}

function isAmount(value: number | null | undefined): value is number {
  return typeof value === 'number';
}

function toCents(euros: number): number {
  return Math.round(euros * 100);
}
