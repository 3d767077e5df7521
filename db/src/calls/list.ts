import type { SQLiteSelect } from 'drizzle-orm/sqlite-core';
import { and, asc, count, desc, eq, gt, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { callSearch, callSources, calls, type CallStatus, type EligibleApplicantKind, type Programme } from '../schema/index.ts';
import { callSearchFts } from '../search/call-search-fts.ts';
import { highlightAll, snippet } from '../search/highlight.ts';
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

// Title words weigh more than summary words in the ranking.
const rank = sql`bm25(call_search_fts, 4.0, 1.0)`;

function hasElement(column: typeof calls.themes | typeof calls.eligibleApplicants, value: string): SQL {
  return sql`EXISTS (SELECT 1 FROM json_each(${column}) WHERE json_each.value = ${value})`;
}

function conditions(filters: CallFilters, search: SearchQuery | null, nowIso: string, without?: Facet): SQL | undefined {
  const parts: Array<SQL | undefined> = [
    search?.match ? sql`call_search_fts MATCH ${search.match}` : undefined,
    filters.status && without !== 'status' ? sql`${statusAt(nowIso)} = ${filters.status}` : undefined,
    filters.programme && without !== 'programme' ? eq(calls.programme, filters.programme) : undefined,
    filters.theme && without !== 'theme' ? hasElement(calls.themes, filters.theme) : undefined,
    filters.applicant && without !== 'applicant' ? hasElement(calls.eligibleApplicants, filters.applicant) : undefined,
    filters.funder ? eq(calls.funder, filters.funder) : undefined,
    filters.deadlineFrom ? gte(calls.deadline, filters.deadlineFrom) : undefined,
    filters.deadlineTo ? lte(calls.deadline, filters.deadlineTo) : undefined,
    filters.minBudgetCents !== undefined ? gte(calls.budgetCents, filters.minBudgetCents) : undefined,
    filters.firstSeenAfter ? gt(calls.firstSeenAt, filters.firstSeenAfter) : undefined,
    filters.sourceId
      ? inArray(calls.id, sql`(SELECT ${callSources.callId} FROM ${callSources} WHERE ${callSources.sourceId} = ${filters.sourceId})`)
      : undefined,
  ];
  return and(...parts.filter((part): part is SQL => part !== undefined));
}

const usable = (nowIso: string) => sql`CASE WHEN ${statusAt(nowIso)} IN ('open', 'forthcoming') THEN 0 ELSE 1 END`;

function ordering(filters: CallFilters, search: SearchQuery | null, nowIso: string): SQL[] {
  if (filters.sort === 'newest') return [sql`${calls.firstSeenAt} DESC`, sql`${calls.id} ASC`];
  // Relevance keeps calls one can still apply to above closed ones: a perfect match that closed is no use.
  if (filters.sort === 'relevance' && search?.match) return [usable(nowIso), rank, sql`${calls.deadline} ASC`, sql`${calls.id} ASC`];
  // Open and forthcoming calls first by nearest deadline; closed ones after, most recent first.
  return [
    usable(nowIso),
    sql`CASE WHEN ${statusAt(nowIso)} IN ('open', 'forthcoming') THEN ${calls.deadline} IS NULL ELSE 0 END`,
    sql`CASE WHEN ${statusAt(nowIso)} IN ('open', 'forthcoming') THEN ${calls.deadline} END ASC`,
    desc(calls.deadline),
    asc(calls.id),
  ];
}

/**
 * The calls a search reaches, from FTS5 when there is text to search (the folded, stemmed index joined back
 * to the calls), from the calls table alone otherwise.
 */
function joinSearch<T extends SQLiteSelect>(query: T, search: SearchQuery | null): T {
  if (!search) return query;
  // Every query here names its columns, so joining the index changes which rows come back, not their shape.
  return query.innerJoin(callSearch, eq(callSearch.callId, calls.id)).innerJoin(callSearchFts, sql`${callSearchFts.rowid} = ${callSearch.rowid}`) as unknown as T;
}

function toCounts(rows: Array<{ value: string | null; n: number }>): Record<string, number> {
  return Object.fromEntries(rows.filter((row) => row.value !== null).map((row) => [row.value, row.n]));
}

/**
 * A page of calls with facet counts; each facet is counted without its own filter so every option stays
 * visible. With text, matching calls come from the Greek-aware index and carry highlighted title and snippet.
 */
export async function listCalls({ db, filters, now }: { db: Database; filters: CallFilters; now: Date }) {
  const nowIso = now.toISOString();
  const query = filters.q ? buildSearchQuery(filters.q) : null;
  const search = query?.match ? query : null;
  const where = (without?: Facet) => conditions(filters, search, nowIso, without);

  const items = await joinSearch(db.select(callColumns(nowIso)).from(calls).$dynamic(), search)
    .where(where())
    .orderBy(...ordering(filters, search, nowIso))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const [totalRow] = await joinSearch(db.select({ total: count() }).from(calls).$dynamic(), search).where(where());
  const statusFacet = await joinSearch(db.select({ value: statusAt(nowIso), n: count() }).from(calls).$dynamic(), search)
    .where(where('status'))
    .groupBy(statusAt(nowIso));
  const programmeFacet = await joinSearch(db.select({ value: calls.programme, n: count() }).from(calls).$dynamic(), search)
    .where(where('programme'))
    .groupBy(calls.programme);
  const themeFacet = await joinSearch(db.select({ value: sql<string>`theme.value`, n: count() }).from(calls).$dynamic(), search)
    .innerJoin(sql`json_each(${calls.themes}) AS theme`, sql`1`)
    .where(where('theme'))
    .groupBy(sql`theme.value`);
  const applicantFacet = await joinSearch(db.select({ value: sql<string>`applicant.value`, n: count() }).from(calls).$dynamic(), search)
    .innerJoin(sql`json_each(${calls.eligibleApplicants}) AS applicant`, sql`1`)
    .where(where('applicant'))
    .groupBy(sql`applicant.value`);

  return {
    items: search
      ? items.map((item) => ({ ...item, highlight: { title: highlightAll(item.title, search), summary: snippet(item.summary, search) } }))
      : items,
    total: totalRow?.total ?? 0,
    page: filters.page,
    pageSize: filters.pageSize,
    facets: {
      status: toCounts(statusFacet),
      programme: toCounts(programmeFacet),
      theme: toCounts(themeFacet),
      applicant: toCounts(applicantFacet),
    },
  };
}
