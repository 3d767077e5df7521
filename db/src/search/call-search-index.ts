import { eq, isNull } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { buildBulkInsert } from '../bulk-insert.ts';
import type { CallFields } from '../calls/call-fields.ts';
import { callSearch, calls } from '../schema/index.ts';
import { analyseText } from './analyse-text.ts';

export type SearchableCall = Pick<
  CallFields,
  'title' | 'summary' | 'funder' | 'reference' | 'programme' | 'statusHint' | 'withdrawn' | 'openingDate' | 'deadline' | 'themes' | 'eligibleApplicants'
>;

/** What the FTS index holds for a call: its title, and its summary, funder and reference, as stems. */
export function callSearchTerms(call: Pick<SearchableCall, 'title' | 'summary' | 'funder' | 'reference'>): { titleTerms: string; bodyTerms: string } {
  return {
    titleTerms: analyseText(call.title).join(' '),
    bodyTerms: analyseText([call.summary, call.funder ?? '', call.reference ?? ''].join(' \n ')).join(' '),
  };
}

function searchDocument(call: SearchableCall) {
  return {
    ...callSearchTerms(call),
    programme: call.programme,
    statusHint: call.statusHint,
    withdrawn: call.withdrawn,
    openingDate: call.openingDate,
    deadline: call.deadline,
    themes: call.themes,
    eligibleApplicants: call.eligibleApplicants,
  };
}

/** Search documents of new calls, as multi-row inserts for the same write batch as the calls. */
export function buildCallSearchInserts(rows: Array<SearchableCall & { id: string; firstSeenAt: string }>) {
  return buildBulkInsert(
    callSearch,
    rows.map((row) => ({ callId: row.id, firstSeenAt: row.firstSeenAt, ...searchDocument(row) })),
  );
}

/** The search document of a changed call, written in the same batch as the change (triggers keep FTS5 in step). */
export function buildCallSearchUpsert(db: Database, id: string, call: SearchableCall & { firstSeenAt: string }) {
  const document = searchDocument(call);
  return db
    .insert(callSearch)
    .values({ callId: id, firstSeenAt: call.firstSeenAt, ...document })
    .onConflictDoUpdate({ target: callSearch.callId, set: document });
}

/**
 * Indexes calls that have no search document: those stored before search existed. Runs at start-up after the
 * migrations; a database that is up to date costs one query.
 */
export async function indexUnsearchedCalls(db: Database, batchSize = 1000): Promise<number> {
  let indexed = 0;
  for (;;) {
    const missing = await db
      .select({
        id: calls.id,
        title: calls.title,
        summary: calls.summary,
        funder: calls.funder,
        reference: calls.reference,
        programme: calls.programme,
        statusHint: calls.statusHint,
        withdrawn: calls.withdrawn,
        openingDate: calls.openingDate,
        deadline: calls.deadline,
        themes: calls.themes,
        eligibleApplicants: calls.eligibleApplicants,
        firstSeenAt: calls.firstSeenAt,
      })
      .from(calls)
      .leftJoin(callSearch, eq(callSearch.callId, calls.id))
      .where(isNull(callSearch.callId))
      .limit(batchSize);
    if (missing.length === 0) return indexed;
    await db.$client.batch(buildCallSearchInserts(missing), 'write');
    indexed += missing.length;
  }
}
