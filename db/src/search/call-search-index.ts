import { eq, isNull } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { buildBulkInsert } from '../bulk-insert.ts';
import { callSearch, calls } from '../schema/index.ts';
import { analyseText } from './analyse-text.ts';

export interface SearchableCall {
  title: string;
  summary: string;
  funder: string | null;
  reference: string | null;
}

/** What the FTS index holds for a call: its title, and its summary, funder and reference, as stems. */
export function callSearchTerms(call: SearchableCall): { titleTerms: string; bodyTerms: string } {
  return {
    titleTerms: analyseText(call.title).join(' '),
    bodyTerms: analyseText([call.summary, call.funder ?? '', call.reference ?? ''].join(' \n ')).join(' '),
  };
}

/** Index rows of new calls, as multi-row inserts for the same write batch as the calls. */
export function buildCallSearchInserts(rows: Array<SearchableCall & { id: string }>) {
  return buildBulkInsert(
    callSearch,
    rows.map((row) => ({ callId: row.id, ...callSearchTerms(row) })),
  );
}

/** The index row of a changed call, written in the same batch as the change (triggers keep FTS5 in step). */
export function buildCallSearchUpsert(db: Database, id: string, call: SearchableCall) {
  const terms = callSearchTerms(call);
  return db.insert(callSearch).values({ callId: id, ...terms }).onConflictDoUpdate({ target: callSearch.callId, set: terms });
}

/**
 * Indexes calls that have no index row: those stored before search existed. Runs at start-up after the
 * migrations; a database that is up to date costs one query.
 */
export async function indexUnsearchedCalls(db: Database, batchSize = 1000): Promise<number> {
  let indexed = 0;
  for (;;) {
    const missing = await db
      .select({ id: calls.id, title: calls.title, summary: calls.summary, funder: calls.funder, reference: calls.reference })
      .from(calls)
      .leftJoin(callSearch, eq(callSearch.callId, calls.id))
      .where(isNull(callSearch.callId))
      .limit(batchSize);
    if (missing.length === 0) return indexed;
    await db.$client.batch(buildCallSearchInserts(missing), 'write');
    indexed += missing.length;
  }
}
