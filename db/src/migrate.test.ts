import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from './create-db.ts';
import { migrateDb } from './migrate.ts';

const expectedTables = [
  'announcement_opens',
  'announcement_targets',
  'announcements',
  'audit_log',
  'budget_lines',
  'call_revisions',
  'call_search',
  'call_search_fts',
  'call_search_fts_config',
  'call_search_fts_data',
  'call_search_fts_docsize',
  'call_search_fts_idx',
  'call_sources',
  'calls',
  'change_counters',
  'good_practice_fts',
  'good_practice_fts_config',
  'good_practice_fts_content',
  'good_practice_fts_data',
  'good_practice_fts_docsize',
  'good_practice_fts_idx',
  'good_practices',
  'invitations',
  'job_heartbeats',
  'leases',
  'lesson_fts',
  'lesson_fts_config',
  'lesson_fts_content',
  'lesson_fts_data',
  'lesson_fts_docsize',
  'lesson_fts_idx',
  'lessons',
  'match_feedback',
  'matches',
  'memberships',
  'municipalities',
  'needs',
  'notifications',
  'outbox',
  'proposal_comments',
  'proposal_good_practices',
  'proposal_milestones',
  'proposal_needs',
  'proposal_outcome_files',
  'proposal_outcomes',
  'proposal_partners',
  'proposal_sections',
  'proposal_status_changes',
  'proposal_tasks',
  'proposal_templates',
  'proposals',
  'saved_searches',
  'section_updates',
  'section_versions',
  'sessions',
  'source_runs',
  'sources',
  'themes',
  'tracked_calls',
  'users',
];

async function tableNames(handle: DbHandle): Promise<string[]> {
  const result = await handle.client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
  );
  return result.rows.map((row) => String(row[0]));
}

describe('migrateDb', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('applies every migration to an empty :memory: database', async () => {
    const handle = await createDb(':memory:');
    cleanups.push(() => handle.close());
    await migrateDb(handle.db);
    expect(await tableNames(handle)).toEqual(expectedTables);
  });

  it('applies to a file, switches it to WAL with foreign keys, and is a no-op the second time', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cni-migrate-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const url = pathToFileURL(join(folder, 'nested', 'cni.db')).href;

    const first = await createDb(url);
    await migrateDb(first.db);
    first.close();

    const second = await createDb(url);
    cleanups.push(() => second.close());
    await migrateDb(second.db);
    expect(await tableNames(second)).toEqual(expectedTables);
    const journal = await second.client.execute('PRAGMA journal_mode');
    expect(String(journal.rows[0]?.[0])).toBe('wal');
    const applied = await second.client.execute('SELECT count(*) FROM __drizzle_migrations');
    expect(Number(applied.rows[0]?.[0])).toBeGreaterThan(0);
  });

  it('enforces foreign keys on every pooled connection', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cni-fk-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const handle = await createDb(pathToFileURL(join(folder, 'cni.db')).href);
    cleanups.push(() => handle.close());
    await migrateDb(handle.db);
    await expect(
      handle.client.execute(
        "INSERT INTO memberships (user_id, role, municipality_id, created_at) VALUES ('missing', 'admin', NULL, '2026-01-01T00:00:00Z')",
      ),
    ).rejects.toThrow(/FOREIGN KEY/);
  });
});
