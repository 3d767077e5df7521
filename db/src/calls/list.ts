import { and, asc, count, eq, gt, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { SQLiteSelect } from 'drizzle-orm/sqlite-core';
import type { Database } from '../create-db.ts';
import { callSearch, callSources, calls, type CallStatus, type EligibleApplicantKind, type Programme } from '../schema/index.ts';
import { callSearchFts } from '../search/call-search-fts.ts';
import { highlightAll, snippet, type Highlighted } from '../search/highlight.ts';
import { buildSearchQuery, type SearchQuery } from '../search/search-query.ts';
import { callColumns, statusAt } from './call-fields.ts';

export interface CallFilters {
  q?: string;
  status?: CallStatus;
  programme?: Programme;
  funder?: string;
  theme?: string;
  applicant?: EligibleApplicantKind;
  deadlineFrom?: string;
  deadlineTo?: string;
  minBudgetCents?: number;
  sourceId?: string;
  /** Calls first seen strictly after this instant (ISO): what is new to a saved search. */
  firstSeenAfter?: string;
  sort: 'relevance' | 'deadline' | 'newest';
  page: number;
  pageSize: number;
}

type Facet = 'status' | 'programme' | 'theme' | 'applicant';
type FacetCounts = Record<Facet, Record<string, number>>;

// Title words weigh more than summary words in the ranking.
const rank = sql`bm25(call_search_fts, 4.0, 1.0)`;

function hasElement(column: typeof callSearch.themes | typeof callSearch.eligibleApplicants, value: string): SQL {
  return sql`EXISTS (SELECT 1 FROM json_each(${column}) WHERE json_each.value = ${value})`;
}

/** What every row of a list must meet, facets aside; funder and budget are read from the call itself. */
function baseConditions(filters: CallFilters, search: SearchQuery | null): SQL | undefined {
  const parts: Array<SQL | undefined> = [
    search?.match ? sql`call_search_fts MATCH ${search.match}` : undefined,
    filters.funder ? eq(calls.funder, filters.funder) : undefined,
    filters.minBudgetCents !== undefined ? gte(calls.budgetCents, filters.minBudgetCents) : undefined,
    filters.deadlineFrom ? gte(callSearch.deadline, filters.deadlineFrom) : undefined,
    filters.deadlineTo ? lte(callSearch.deadline, filters.deadlineTo) : undefined,
    filters.firstSeenAfter ? gt(callSearch.firstSeenAt, filters.firstSeenAfter) : undefined,
    filters.sourceId
      ? inArray(callSearch.callId, sql`(SELECT ${callSources.callId} FROM ${callSources} WHERE ${callSources.sourceId} = ${filters.sourceId})`)
      : undefined,
  ];
  return and(...parts.filter((part): part is SQL => part !== undefined));
}

function facetConditions(filters: CallFilters, nowIso: string): SQL[] {
  const parts: Array<SQL | undefined> = [
    filters.status ? sql`${statusAt(nowIso, callSearch)} = ${filters.status}` : undefined,
    filters.programme ? eq(callSearch.programme, filters.programme) : undefined,
    filters.theme ? hasElement(callSearch.themes, filters.theme) : undefined,
    filters.applicant ? hasElement(callSearch.eligibleApplicants, filters.applicant) : undefined,
  ];
  return parts.filter((part): part is SQL => part !== undefined);
}

/** Search documents, narrowed by the FTS5 index when there is text, joined to calls only when a filter needs it. */
function fromDocuments<T extends SQLiteSelect>(query: T, filters: CallFilters, search: SearchQuery | null): T {
  // Every query here names its columns, so these joins change which rows come back, not their shape.
  let joined = query as unknown as SQLiteSelect;
  if (search) joined = joined.innerJoin(callSearchFts, sql`${callSearchFts.rowid} = ${callSearch.rowid}`) as unknown as SQLiteSelect;
  if (filters.funder || filters.minBudgetCents !== undefined) joined = joined.innerJoin(calls, eq(calls.id, callSearch.callId)) as unknown as SQLiteSelect;
  return joined as unknown as T;
}

const usable = (nowIso: string) => sql`CASE WHEN ${statusAt(nowIso, callSearch)} IN ('open', 'forthcoming') THEN 0 ELSE 1 END`;

function ordering(filters: CallFilters, search: SearchQuery | null, nowIso: string): SQL[] {
  if (filters.sort === 'newest') return [sql`${callSearch.firstSeenAt} DESC`, asc(callSearch.callId)];
  // Relevance keeps calls one can still apply to above closed ones: a perfect match that closed is no use.
  if (filters.sort === 'relevance' && search) return [usable(nowIso), rank, asc(callSearch.deadline), asc(callSearch.callId)];
  // Open and forthcoming calls first by nearest deadline; closed ones after, most recent first.
  const open = sql`${statusAt(nowIso, callSearch)} IN ('open', 'forthcoming')`;
  return [
    usable(nowIso),
    sql`CASE WHEN ${open} THEN ${callSearch.deadline} IS NULL ELSE 0 END`,
    sql`CASE WHEN ${open} THEN ${callSearch.deadline} END ASC`,
    sql`${callSearch.deadline} DESC`,
    asc(callSearch.callId),
  ];
}

/**
 * Total and facet counts from one grouped pass: matching documents are grouped by the four facet values
 * together (a few hundred groups at most), and each facet is then counted here without its own filter, so
 * every option stays visible with the count it would give.
 */
async function countFacets(db: Database, filters: CallFilters, search: SearchQuery | null, nowIso: string) {
  const status = statusAt(nowIso, callSearch);
  const groups = await fromDocuments(
    db
      .select({ status, programme: callSearch.programme, themes: callSearch.themes, applicants: callSearch.eligibleApplicants, n: count() })
      .from(callSearch)
      .$dynamic(),
    filters,
    search,
  )
    .where(baseConditions(filters, search))
    .groupBy(status, callSearch.programme, callSearch.themes, callSearch.eligibleApplicants);

  const facets: FacetCounts = { status: {}, programme: {}, theme: {}, applicant: {} };
  let total = 0;
  const add = (facet: Facet, value: string, n: number) => {
    facets[facet][value] = (facets[facet][value] ?? 0) + n;
  };
  for (const group of groups) {
    const meets: Record<Facet, boolean> = {
      status: !filters.status || group.status === filters.status,
      programme: !filters.programme || group.programme === filters.programme,
      theme: !filters.theme || group.themes.includes(filters.theme),
      applicant: !filters.applicant || group.applicants.includes(filters.applicant),
    };
    const meetsAllBut = (facet: Facet) => (Object.keys(meets) as Facet[]).every((other) => other === facet || meets[other]);
    if (meetsAllBut('status') && meets.status) total += group.n;
    if (meetsAllBut('status')) add('status', group.status, group.n);
    if (meetsAllBut('programme')) add('programme', group.programme, group.n);
    if (meetsAllBut('theme')) for (const theme of new Set(group.themes)) add('theme', theme, group.n);
    if (meetsAllBut('applicant')) for (const applicant of new Set(group.applicants)) add('applicant', applicant, group.n);
  }
  return { total, facets };
}

export type ListedCall = Awaited<ReturnType<typeof fetchCalls>>[number] & { highlight?: { title: Highlighted; summary: Highlighted } };

async function fetchCalls(db: Database, ids: string[], nowIso: string) {
  if (ids.length === 0) return [];
  const rows = await db.select(callColumns(nowIso)).from(calls).where(inArray(calls.id, ids));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function searchOf(filters: CallFilters): SearchQuery | null {
  const query = filters.q ? buildSearchQuery(filters.q) : null;
  return query?.match ? query : null;
}

/**
 * One page of calls, without counts. With text, matching calls come from the Greek-aware FTS5 index and carry
 * a highlighted title and snippet. The page is chosen on the narrow search documents and only its calls are
 * read whole.
 */
export async function listCallPage({ db, filters, now }: { db: Database; filters: CallFilters; now: Date }): Promise<ListedCall[]> {
  const nowIso = now.toISOString();
  const search = searchOf(filters);
  const pageIds = await fromDocuments(db.select({ id: callSearch.callId }).from(callSearch).$dynamic(), filters, search)
    .where(and(baseConditions(filters, search), ...facetConditions(filters, nowIso)))
    .orderBy(...ordering(filters, search, nowIso))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const items: ListedCall[] = await fetchCalls(db, pageIds.map((row) => row.id), nowIso);
  return search
    ? items.map((item) => ({ ...item, highlight: { title: highlightAll(item.title, search), summary: snippet(item.summary, search) } }))
    : items;
}

/** The total and facet counts of a list: the same for every page and order of it. */
export async function countCalls({ db, filters, now }: { db: Database; filters: CallFilters; now: Date }): Promise<CallCounts> {
  return countFacets(db, filters, searchOf(filters), now.toISOString());
}

export type CallCounts = { total: number; facets: FacetCounts };

/** A page of calls with its total and facet counts; `counts` when the caller already has them for this list. */
export async function listCalls({ db, filters, now, counts }: { db: Database; filters: CallFilters; now: Date; counts?: CallCounts }) {
  const items = await listCallPage({ db, filters, now });
  const { total, facets } = counts ?? (await countCalls({ db, filters, now }));
  return { items, total, page: filters.page, pageSize: filters.pageSize, facets };
}
