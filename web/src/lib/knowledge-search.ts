import { lessonPhases, programmes, type LessonPhase, type Programme } from './api-types.ts';

// The searches of the lessons and good-practice lists as their addresses hold them
// (`/lessons?q=προϋπολογισμός&programme=esf-plus&page=2`), and as the API is asked.

/** Lessons per page of the list. */
export const lessonPageSize = 20;

export interface KnowledgeSearch {
  q?: string;
  programme?: Programme;
  /** A theme slug. */
  theme?: string;
  /** Lessons only. */
  phase?: LessonPhase;
  /** A municipality slug (good practices). */
  municipality?: string;
  page?: number;
}

type RawSearchParams = Partial<Record<string, string | string[] | undefined>>;

const filterNames = ['q', 'programme', 'theme', 'phase', 'municipality'] as const;
export type KnowledgeFilterName = (typeof filterNames)[number];

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Theme and municipality slugs are lists that grow, so any well-formed slug is kept. */
function isSlug(value: string): boolean {
  return /^[a-z0-9-]{1,64}$/.test(value);
}

/** Reads the address bar; a value the API would not know is dropped, so an old or hand-edited link still shows a list. */
export function readKnowledgeSearch(params: RawSearchParams): KnowledgeSearch {
  const search: KnowledgeSearch = {};
  const q = first(params.q);
  if (q) search.q = q.slice(0, 200);
  const programme = first(params.programme);
  if (isOneOf<Programme>(programmes, programme)) search.programme = programme;
  const theme = first(params.theme);
  if (isSlug(theme)) search.theme = theme;
  const phase = first(params.phase);
  if (isOneOf<LessonPhase>(lessonPhases, phase)) search.phase = phase;
  const municipality = first(params.municipality);
  if (isSlug(municipality)) search.municipality = municipality;
  const page = Number(first(params.page));
  if (Number.isInteger(page) && page > 1) search.page = page;
  return search;
}

function filterParams(search: KnowledgeSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = search[name];
    if (value) params.set(name, value);
  }
  return params;
}

/** The query string of GET /api/lessons: the filters, and the page as limit and offset. */
export function toLessonsApiQuery(search: KnowledgeSearch): string {
  const params = filterParams(search);
  params.set('limit', String(lessonPageSize));
  params.set('offset', String(((search.page ?? 1) - 1) * lessonPageSize));
  return params.toString();
}

/** The query string of GET /api/good-practices, which answers every match at once and knows no phase. */
export function toPracticesApiQuery(search: KnowledgeSearch): string {
  const { phase: _phase, page: _page, ...filters } = search;
  return filterParams(filters).toString();
}

/** The address of a list page for a search, e.g. for the pagination links. */
export function toKnowledgeHref(path: '/lessons' | '/good-practices', search: KnowledgeSearch): string {
  const params = filterParams(search);
  if (search.page && search.page > 1) params.set('page', String(search.page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export function hasKnowledgeFilters(search: KnowledgeSearch): boolean {
  return filterNames.some((name) => Boolean(search[name]));
}

/** Every filter and the page unset, for "clear filters" through the router's setSearchParams. */
export function clearedKnowledgeFilters(): Record<KnowledgeFilterName | 'page', undefined> {
  return { q: undefined, programme: undefined, theme: undefined, phase: undefined, municipality: undefined, page: undefined };
}
