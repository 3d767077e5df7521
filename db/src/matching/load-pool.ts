import type { Database } from '../create-db.ts';
import type { CallStatus, EligibleApplicantKind, Programme } from '../schema/index.ts';
import { CallPool, type PoolCallInput } from './call-pool.ts';

const dayMs = 24 * 60 * 60 * 1000;
/** Calls closed this recently are still listed (low, as closed): a call often reopens or has a second round. */
const closedKeptDays = 30;
const chunkSize = 10_000;

// One text column per call, fields split by the unit separator: libSQL builds result rows column by column,
// and one column costs a third of twelve. Terms are stems (letters and digits), ids and slugs are plain, and
// the funder, the one free text, has the separator replaced.
const packedCall = `c.id || char(31) || c.programme || char(31) || replace(ifnull(c.funder, ''), char(31), ' ') || char(31) ||
  c.withdrawn || char(31) || ifnull(c.status_hint, '') || char(31) || ifnull(c.opening_date, '') || char(31) ||
  ifnull(c.deadline, '') || char(31) || ifnull(c.budget_cents, '') || char(31) || ifnull(c.max_grant_cents, '') || char(31) ||
  c.eligible_applicants || char(31) || c.themes || char(31) || s.title_terms || char(31) || s.body_terms`;

/**
 * Calls worth matching: not withdrawn and not closed for long, and any call an officer gave feedback on. Decided
 * on the search document's copy of the dates (indexed, narrow), so that out-of-scope calls cost no call row.
 */
const inScope = `((s.withdrawn = 0 AND (s.deadline IS NULL OR s.deadline >= ?)) OR EXISTS (SELECT 1 FROM match_feedback f WHERE f.call_id = s.call_id))`;

export function scopeCutoff(now: Date): string {
  return new Date(now.getTime() - closedKeptDays * dayMs).toISOString();
}

function parseList<T extends string>(json: string, memo: Map<string, T[]>): T[] {
  let list = memo.get(json);
  if (!list) memo.set(json, (list = JSON.parse(json) as T[]));
  return list;
}

function nullableNumber(text: string): number | null {
  return text === '' ? null : Number(text);
}

function parsePackedCall(packed: string, lists: Map<string, string[]>): PoolCallInput {
  const [id, programme, funder, withdrawn, statusHint, openingDate, deadline, budget, maxGrant, applicants, themes, titleTerms, bodyTerms] =
    packed.split('\x1f') as [string, string, string, string, string, string, string, string, string, string, string, string, string];
  return {
    id,
    programme: programme as Programme,
    funder: funder === '' ? null : funder,
    withdrawn: withdrawn === '1',
    statusHint: statusHint === '' ? null : (statusHint as CallStatus),
    openingMs: openingDate === '' ? null : Date.parse(openingDate),
    deadlineMs: deadline === '' ? null : Date.parse(deadline),
    budgetCents: nullableNumber(budget),
    maxGrantCents: nullableNumber(maxGrant),
    eligibleApplicants: parseList(applicants, lists) as EligibleApplicantKind[],
    themes: parseList(themes, lists),
    titleTerms,
    bodyTerms,
  };
}

/**
 * Reads every call in scope into a new pool, in chunks of the search index's rowid order so that requests
 * served by the same process get a turn between chunks.
 */
export async function loadCallPool(db: Database, now: Date): Promise<CallPool> {
  const pool = new CallPool(Date.now());
  const lists = new Map<string, string[]>();
  const cutoff = scopeCutoff(now);
  let after = 0;
  for (;;) {
    const result = await db.$client.execute({
      sql: `SELECT group_concat(packed, char(30)) AS packed, max(rid) AS last, count(*) AS rows FROM (
              SELECT s.rowid AS rid, ${packedCall} AS packed
              FROM call_search s JOIN calls c ON c.id = s.call_id
              WHERE s.rowid > ? AND ${inScope}
              ORDER BY s.rowid LIMIT ${chunkSize})`,
      args: [after, cutoff],
    });
    const row = result.rows[0];
    const count = Number(row?.rows ?? 0);
    if (!row || count === 0) break;
    for (const packed of String(row.packed).split('\x1e')) pool.upsert(parsePackedCall(packed, lists));
    if (count < chunkSize) break;
    after = Number(row.last);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return pool;
}

/** Given calls as they are now, each with whether it is in scope; a call without a search row is left out. */
export async function loadCallsById(db: Database, ids: readonly string[], now: Date): Promise<Array<PoolCallInput & { inScope: boolean }>> {
  if (ids.length === 0) return [];
  const lists = new Map<string, string[]>();
  const result = await db.$client.execute({
    sql: `SELECT ${packedCall} AS packed, ${inScope} AS in_scope
          FROM calls c JOIN call_search s ON s.call_id = c.id
          WHERE c.id IN (SELECT value FROM json_each(?))`,
    args: [scopeCutoff(now), JSON.stringify(ids)],
  });
  return result.rows.map((row) => ({ ...parsePackedCall(String(row.packed), lists), inScope: Number(row.in_scope) === 1 }));
}
