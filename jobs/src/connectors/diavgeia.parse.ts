import { z } from 'zod';
import type { RawCall } from '../ingest/types.ts';
import { SourceError } from '../ingest/source-error.ts';
import { createRawCall } from './raw-call.ts';
import { parseJson, validateDocument } from './source-document.ts';

const epochMilliseconds = z.number().int().min(0).max(8.64e15);

const decisionSchema = z.object({
  // Greek capitals and digits, e.g. 901ΓΩΛΚ-ΓΙΣ.
  ada: z.string().min(1),
  subject: z.string().min(1),
  organizationId: z.string().min(1),
  publishTimestamp: epochMilliseconds.nullish(),
  status: z.string().min(1),
});
export type Decision = z.output<typeof decisionSchema>;

const pageSchema = z.object({
  info: z.object({ query: z.string(), total: z.number().int().nonnegative() }),
  decisions: z.array(decisionSchema),
});
export type DecisionsPage = z.output<typeof pageSchema>;

/** One page of `/opendata/search/advanced.json`. */
export function parseDecisionsPage(text: string, origin: string): DecisionsPage {
  return validateDocument(pageSchema, parseJson(text, origin), origin, 'the search answer');
}

/**
 * Diavgeia ignores a filter it cannot read and answers 200 with millions of decisions: the answer is trusted
 * only when it echoes the query sent and every decision belongs to a requested organisation.
 */
export function assertFilterApplied(page: DecisionsPage, query: string, organizationUids: string[], origin: string): void {
  if (collapseSpaces(page.info.query) !== collapseSpaces(query)) {
    throw new SourceError('filter_not_applied', `${origin}: Diavgeia ran the query "${page.info.query}" instead of "${query}"`);
  }
  const foreign = page.decisions.find((decision) => !organizationUids.includes(decision.organizationId));
  if (foreign) {
    throw new SourceError(
      'filter_not_applied',
      `${origin}: decision ${foreign.ada} belongs to organisation ${foreign.organizationId}, which was not requested`,
    );
  }
}

export function toRawCall(decision: Decision): RawCall {
  return createRawCall({
    key: decision.ada,
    reference: decision.ada,
    url: `https://diavgeia.gov.gr/decision/view/${encodeURIComponent(decision.ada)}`,
    title: decision.subject,
    language: 'el',
    publishedAt: decision.publishTimestamp == null ? null : new Date(decision.publishTimestamp).toISOString(),
    // The subject is all the text a decision carries here: deadlines and amounts are written in it.
    dateText: decision.subject,
    budgetText: decision.subject,
    dateZone: 'Europe/Athens',
    withdrawn: decision.status === 'REVOKED',
  });
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
