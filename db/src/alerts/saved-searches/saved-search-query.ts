import type { CallFilters } from '../../calls/list.ts';
import { callStatuses, eligibleApplicantKinds, programmes, type CallStatus, type EligibleApplicantKind, type Programme } from '../../schema/index.ts';

/** What a saved search keeps: the filters of GET /api/calls, without sorting and paging. */
export interface SavedSearchQuery {
  q?: string;
  status?: CallStatus;
  programme?: Programme;
  theme?: string;
  applicant?: EligibleApplicantKind;
  funder?: string;
  /** Integer euro cents, as in GET /api/calls?minBudget= */
  minBudget?: number;
  deadlineFrom?: string;
  deadlineTo?: string;
}

export type SavedSearchFilters = Omit<CallFilters, 'sort' | 'page' | 'pageSize'>;

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * The call filters of a stored query. The API validated it when it was saved, but the stored JSON may predate
 * a change of vocabulary: an unknown key or value is left out rather than failing the whole alert job.
 */
export function toCallFilters(query: Record<string, unknown>): SavedSearchFilters {
  const filters: SavedSearchFilters = {};
  const q = text(query.q);
  if (q) filters.q = q;
  const status = oneOf(callStatuses, query.status);
  if (status) filters.status = status;
  const programme = oneOf(programmes, query.programme);
  if (programme) filters.programme = programme;
  const theme = text(query.theme);
  if (theme) filters.theme = theme;
  const applicant = oneOf(eligibleApplicantKinds, query.applicant);
  if (applicant) filters.applicant = applicant;
  const funder = text(query.funder);
  if (funder) filters.funder = funder;
  if (typeof query.minBudget === 'number' && Number.isInteger(query.minBudget) && query.minBudget >= 0) filters.minBudgetCents = query.minBudget;
  const deadlineFrom = text(query.deadlineFrom);
  if (deadlineFrom) filters.deadlineFrom = deadlineFrom;
  const deadlineTo = text(query.deadlineTo);
  if (deadlineTo) filters.deadlineTo = deadlineTo;
  return filters;
}
