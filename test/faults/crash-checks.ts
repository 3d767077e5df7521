import type { Database } from '@cni/db';
import { expect } from 'vitest';

/**
 * What a database file must look like after a process died on it: SQLite's own check, the search index's
 * FTS5 check and the foreign keys all clean.
 */
export async function expectIntactDatabase(db: Database): Promise<void> {
  const integrity = await db.$client.execute('PRAGMA integrity_check');
  expect(integrity.rows.map((row) => row[0])).toEqual(['ok']);
  // Throws (SQLITE_CORRUPT_VTAB) when the full-text index and the call_search rows disagree.
  await db.$client.execute("INSERT INTO call_search_fts(call_search_fts) VALUES ('integrity-check')");
  expect((await db.$client.execute('PRAGMA foreign_key_check')).rows).toEqual([]);
}

/** Collected calls missing their search row or their source link: a call written only in part. */
export async function countHalfWrittenCalls(db: Database): Promise<{ calls: number; withoutSearch: number; withoutSource: number }> {
  const { rows } = await db.$client.execute(`SELECT
    count(*) AS calls,
    coalesce(sum(NOT EXISTS (SELECT 1 FROM call_search WHERE call_search.call_id = calls.id)), 0) AS without_search,
    coalesce(sum(NOT EXISTS (SELECT 1 FROM call_sources WHERE call_sources.call_id = calls.id)), 0) AS without_source
    FROM calls`);
  const row = rows[0]!;
  return { calls: Number(row.calls), withoutSearch: Number(row.without_search), withoutSource: Number(row.without_source) };
}
