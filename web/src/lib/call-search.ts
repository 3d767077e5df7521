import {
  callSorts,
  callStatusFilters,
  eligibleApplicantKinds,
  programmes,
  type CallSearch,
  type CallSort,
  type CallStatusFilter,
  type EligibleApplicantKind,
  type Programme,
  type SavedSearchQuery,
} from './api-types.ts';

/** Calls per page of the list. */
export const callPageSize = 20;

type RawSearchParams = Partial<Record<string, string | string[] | undefined>>;

/** The filters of the list, in the order they are written into an address. */
const filterNames = ['q', 'status', 'programme', 'theme', 'applicant'] as const;
export type CallFilterName = (typeof filterNames)[number];

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Theme slugs are a list coordinators extend, so any well-formed slug is kept; GET /api/themes names them. */
function isThemeSlug(value: string): boolean {
  return /^[a-z0-9-]{1,64}$/.test(value);
}

/** Reads the filters (not the sort or page) from any bag of values, e.g. the address bar or a saved search. */
function readFilters(params: RawSearchParams): CallSearch {
  const search: CallSearch = {};
  const q = first(params.q);
  if (q) search.q = q.slice(0, 200);
  const status = first(params.status);
  if (isOneOf<CallStatusFilter>(callStatusFilters, status)) search.status = status;
  const programme = first(params.programme);
  if (isOneOf<Programme>(programmes, programme)) search.programme = programme;
  const theme = first(params.theme);
  if (isThemeSlug(theme)) search.theme = theme;
  const applicant = first(params.applicant);
  if (isOneOf<EligibleApplicantKind>(eligibleApplicantKinds, applicant)) search.applicant = applicant;
  return search;
}

/**
 * The list's search as the address bar holds it (`?q=ένταξη&status=open&page=2`); a value that is not
 * one the API knows is dropped rather than sent, so an old or hand-edited link still shows a list.
 */
export function readCallSearch(params: RawSearchParams): CallSearch {
  const search = readFilters(params);
  const sort = first(params.sort);
  if (isOneOf<CallSort>(callSorts, sort)) search.sort = sort;
  const page = Number(first(params.page));
  if (Number.isInteger(page) && page > 1) search.page = page;
  return search;
}

/** Relevance only means something with words to search for; otherwise the nearest deadline comes first. */
export function effectiveSort(search: CallSearch): CallSort {
  if (search.sort === 'relevance' && !search.q) return 'deadline';
  return search.sort ?? (search.q ? 'relevance' : 'deadline');
}

function setFilters(params: URLSearchParams, search: CallSearch): void {
  for (const name of filterNames) {
    const value = search[name];
    if (value) params.set(name, value);
  }
}

/** The query string of GET /api/calls for a search. */
export function toCallsApiQuery(search: CallSearch): string {
  const params = new URLSearchParams();
  setFilters(params, search);
  params.set('sort', effectiveSort(search));
  params.set('page', String(search.page ?? 1));
  params.set('pageSize', String(search.pageSize ?? callPageSize));
  return params.toString();
}

/** The address of the list page for a search, e.g. for the pagination links. */
export function toCallsHref(search: CallSearch): string {
  const params = new URLSearchParams();
  setFilters(params, search);
  if (search.sort) params.set('sort', search.sort);
  if (search.page && search.page > 1) params.set('page', String(search.page));
  const query = params.toString();
  return query ? `/calls?${query}` : '/calls';
}

export function hasFilters(search: CallSearch): boolean {
  return filterNames.some((name) => Boolean(search[name]));
}

/** Every filter unset, for "clear filters" through the router's setSearchParams. */
export function clearedFilters(): Record<CallFilterName | 'page', undefined> {
  return { q: undefined, status: undefined, programme: undefined, theme: undefined, applicant: undefined, page: undefined };
}

/** What POST /api/saved-searches stores of a search: its filters, never its sort or page. */
export function toSavedSearchQuery(search: CallSearch): SavedSearchQuery {
  const query: SavedSearchQuery = {};
  if (search.q) query.q = search.q;
  if (search.status) query.status = search.status;
  if (search.programme) query.programme = search.programme;
  if (search.theme) query.theme = search.theme;
  if (search.applicant) query.applicant = search.applicant;
  return query;
}

/**
 * A saved search as the list's search. Filters of the API that the list page does not offer (funder,
 * budget, deadlines) are left out: the saved search's alerts still use them.
 */
export function fromSavedSearchQuery(query: SavedSearchQuery): CallSearch {
  const raw: RawSearchParams = {};
  for (const name of filterNames) {
    const value = query[name];
    if (typeof value === 'string') raw[name] = value;
  }
  return readFilters(raw);
}

export function countPages(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}
