import { callSorts, callStatusFilters, programmes, type CallSearch, type CallSort, type CallStatusFilter, type Programme } from './api-types.ts';

/** Calls per page of the list. */
export const callPageSize = 20;

type RawSearchParams = Partial<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/**
 * The list's search as the address bar holds it (`?q=ένταξη&status=open&page=2`); a value that is not
 * one the API knows is dropped rather than sent, so an old or hand-edited link still shows a list.
 */
export function readCallSearch(params: RawSearchParams): CallSearch {
  const search: CallSearch = {};
  const q = first(params.q);
  if (q) search.q = q.slice(0, 200);
  const status = first(params.status);
  if (isOneOf<CallStatusFilter>(callStatusFilters, status)) search.status = status;
  const programme = first(params.programme);
  if (isOneOf<Programme>(programmes, programme)) search.programme = programme;
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

/** The query string of GET /api/calls for a search. */
export function toCallsApiQuery(search: CallSearch): string {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.status) params.set('status', search.status);
  if (search.programme) params.set('programme', search.programme);
  params.set('sort', effectiveSort(search));
  params.set('page', String(search.page ?? 1));
  params.set('pageSize', String(search.pageSize ?? callPageSize));
  return params.toString();
}

/** The address of the list page for a search, e.g. for the pagination links. */
export function toCallsHref(search: CallSearch): string {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.status) params.set('status', search.status);
  if (search.programme) params.set('programme', search.programme);
  if (search.sort) params.set('sort', search.sort);
  if (search.page && search.page > 1) params.set('page', String(search.page));
  const query = params.toString();
  return query ? `/calls?${query}` : '/calls';
}

export function hasFilters(search: CallSearch): boolean {
  return Boolean(search.q || search.status || search.programme);
}

export function countPages(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}
