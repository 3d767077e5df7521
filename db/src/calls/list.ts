import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { callSources, calls, type CallStatus, type Programme } from '../schema/index.ts';
import { callColumns, statusAt } from './call-fields.ts';

export interface CallFilters {
  q?: string;
  status?: CallStatus;
  programme?: Programme;
  funder?: string;
  deadlineFrom?: string;
  deadlineTo?: string;
  minBudgetCents?: number;
  sourceId?: string;
  sort: 'relevance' | 'deadline' | 'newest';
  page: number;
  pageSize: number;
}

function conditions(filters: CallFilters, nowIso: string, without?: 'status' | 'programme'): SQL | undefined {
  const parts: Array<SQL | undefined> = [
    filters.q ? sql`(instr(lower(${calls.title}), lower(${filters.q})) > 0 OR instr(lower(${calls.summary}), lower(${filters.q})) > 0 OR ${calls.reference} = ${filters.q})` : undefined,
    filters.status && without !== 'status' ? sql`${statusAt(nowIso)} = ${filters.status}` : undefined,
    filters.programme && without !== 'programme' ? eq(calls.programme, filters.programme) : undefined,
    filters.funder ? eq(calls.funder, filters.funder) : undefined,
    filters.deadlineFrom ? gte(calls.deadline, filters.deadlineFrom) : undefined,
    filters.deadlineTo ? lte(calls.deadline, filters.deadlineTo) : undefined,
    filters.minBudgetCents !== undefined ? gte(calls.budgetCents, filters.minBudgetCents) : undefined,
    filters.sourceId
      ? inArray(calls.id, sql`(SELECT ${callSources.callId} FROM ${callSources} WHERE ${callSources.sourceId} = ${filters.sourceId})`)
      : undefined,
  ];
  return and(...parts.filter((part): part is SQL => part !== undefined));
}

function ordering(sort: CallFilters['sort'], nowIso: string) {
  if (sort === 'newest') return [desc(calls.firstSeenAt), asc(calls.id)];
  // Open and forthcoming calls first by nearest deadline; closed ones after, most recent first.
  return [
    sql`CASE WHEN ${statusAt(nowIso)} IN ('open', 'forthcoming') THEN 0 ELSE 1 END`,
    sql`CASE WHEN ${statusAt(nowIso)} IN ('open', 'forthcoming') THEN ${calls.deadline} IS NULL ELSE 0 END`,
    sql`CASE WHEN ${statusAt(nowIso)} IN ('open', 'forthcoming') THEN ${calls.deadline} END ASC`,
    desc(calls.deadline),
    asc(calls.id),
  ];
}

/** A page of calls with facet counts; each facet is counted without its own filter so every option stays visible. */
export async function listCalls({ db, filters, now }: { db: Database; filters: CallFilters; now: Date }) {
  const nowIso = now.toISOString();
  const where = conditions(filters, nowIso);
  const items = await db
    .select(callColumns(nowIso))
    .from(calls)
    .where(where)
    .orderBy(...ordering(filters.sort, nowIso))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const [totalRow] = await db.select({ total: count() }).from(calls).where(where);
  const statusFacet = await db
    .select({ value: statusAt(nowIso), n: count() })
    .from(calls)
    .where(conditions(filters, nowIso, 'status'))
    .groupBy(statusAt(nowIso));
  const programmeFacet = await db
    .select({ value: calls.programme, n: count() })
    .from(calls)
    .where(conditions(filters, nowIso, 'programme'))
    .groupBy(calls.programme);
  return {
    items,
    total: totalRow?.total ?? 0,
    page: filters.page,
    pageSize: filters.pageSize,
    facets: {
      status: Object.fromEntries(statusFacet.map((row) => [row.value, row.n])),
      programme: Object.fromEntries(programmeFacet.map((row) => [row.value, row.n])),
    },
  };
}
