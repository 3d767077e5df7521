import { sql } from 'drizzle-orm';
import { callSearch, calls, type CallStatus, type EligibleApplicantKind, type Programme } from '../schema/index.ts';

/** The stored fields of a call that a source or a person provides. */
export interface CallFields {
  title: string;
  summary: string;
  url: string | null;
  funder: string | null;
  programme: Programme;
  reference: string | null;
  statusHint: CallStatus | null;
  withdrawn: boolean;
  openingDate: string | null;
  deadline: string | null;
  budgetCents: number | null;
  currency: string;
  maxGrantCents: number | null;
  cofinancingRate: number | null;
  eligibleApplicants: EligibleApplicantKind[];
  themes: string[];
  language: 'el' | 'en';
}

/** Fields whose change is worth telling officers about ("deadline extended from … to …"). */
export const revisedFields = [
  'title',
  'deadline',
  'openingDate',
  'budgetCents',
  'maxGrantCents',
  'cofinancingRate',
  'programme',
  'withdrawn',
] as const satisfies ReadonlyArray<keyof CallFields>;

/** What a call's status is decided from, as instants in milliseconds. */
export interface StatusFacts {
  withdrawn: boolean;
  statusHint: CallStatus | null;
  openingMs: number | null;
  deadlineMs: number | null;
}

/**
 * The status rule, one for the whole product: withdrawn wins; a deadline reached closes the call; an opening
 * still ahead makes it forthcoming; without a deadline the source's own word stands; else open. Sources' own
 * status lags the dates (the EU portal's codes do), so the dates decide wherever there are dates.
 */
export function callStatusAt(call: StatusFacts, nowMs: number): CallStatus {
  if (call.withdrawn) return 'withdrawn';
  if (call.deadlineMs !== null && call.deadlineMs <= nowMs) return 'closed';
  if (call.openingMs !== null && call.openingMs > nowMs) return 'forthcoming';
  if (call.deadlineMs === null && call.statusHint !== null) return call.statusHint;
  return 'open';
}

/**
 * `callStatusAt` in SQL, so that filters and facets agree with what is shown. Stored dates are ISO 8601 UTC
 * strings of one format, so text comparison is time comparison. Read from the calls or from their search
 * documents, which copy the dates for lists.
 */
export function statusAt(nowIso: string, table: typeof calls | typeof callSearch = calls) {
  return sql<CallStatus>`CASE
    WHEN ${table.withdrawn} = 1 THEN 'withdrawn'
    WHEN ${table.deadline} IS NOT NULL AND ${table.deadline} <= ${nowIso} THEN 'closed'
    WHEN ${table.openingDate} IS NOT NULL AND ${table.openingDate} > ${nowIso} THEN 'forthcoming'
    WHEN ${table.deadline} IS NULL AND ${table.statusHint} IS NOT NULL THEN ${table.statusHint}
    ELSE 'open' END`;
}

export function callColumns(nowIso: string) {
  return {
    id: calls.id,
    title: calls.title,
    summary: calls.summary,
    url: calls.url,
    funder: calls.funder,
    programme: calls.programme,
    reference: calls.reference,
    status: statusAt(nowIso),
    openingDate: calls.openingDate,
    deadline: calls.deadline,
    budgetCents: calls.budgetCents,
    currency: calls.currency,
    maxGrantCents: calls.maxGrantCents,
    cofinancingRate: calls.cofinancingRate,
    eligibleApplicants: calls.eligibleApplicants,
    themes: calls.themes,
    language: calls.language,
    official: calls.official,
    firstSeenAt: calls.firstSeenAt,
    updatedAt: calls.updatedAt,
  };
}

/** The changes between a stored call and new fields, limited to the fields worth a revision. */
export function diffRevisedFields(before: Partial<CallFields>, after: Partial<CallFields>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of revisedFields) {
    if (!(field in after)) continue;
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}
