import { createClient } from '@libsql/client';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../create-db.ts';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { backupDatabase } from './backup.ts';
import { backupFileName, backupTakenAt } from './backup-name.ts';
import { restoreDatabase } from './restore.ts';
import { populateDatabase } from './testing/populate.ts';
import { readDatabaseContents, readDatabaseFile } from './testing/read-tables.ts';

describe('backupDatabase', () => {
  let handle: TempDb;
  let folder: string;
  beforeEach(async () => {
    handle = await createTempDb();
    folder = mkdtempSync(join(tmpdir(), 'cni-backup-'));
  });
  afterEach(() => {
    handle.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('round-trips a populated database: every table, row, rowid and schema object comes back equal', async () => {
    await populateDatabase(handle.db);
    const source = await readDatabaseContents(handle.client);
    expect(Object.keys(source.tables).length).toBeGreaterThan(30);
    expect(source.tables.calls!.length).toBeGreaterThan(200);
    expect(source.tables.users!.length).toBeGreaterThan(10);

    const backup = await backupDatabase({ db: handle.db, target: join(folder, 'backups', backupFileName(new Date())) });
    expect(backup.migrations).toBeGreaterThan(0);
    const target = join(folder, 'restored', 'cni.db');
    const restored = await restoreDatabase({ backup: backup.path, target });
    expect(restored.previous).toBeUndefined();

    expect(await readDatabaseFile(target)).toEqual(source);
    // The search index still points at the right rows, so a search finds the same calls.
    const search = `SELECT s.call_id FROM call_search_fts f JOIN call_search s ON s.rowid = f.rowid WHERE call_search_fts MATCH ? ORDER BY 1`;
    const term = 'ενταξ';
    const expected = (await handle.client.execute({ sql: search, args: [term] })).rows.map((row) => row[0]);
    expect(expected.length).toBeGreaterThan(200);
    const client = createClient({ url: `file:${target}` });
    try {
      await client.execute(`INSERT INTO call_search_fts (call_search_fts) VALUES ('integrity-check')`);
      expect((await client.execute({ sql: search, args: [term] })).rows.map((row) => row[0])).toEqual(expected);
    } finally {
      client.close();
    }
  });

  it('names backups by their UTC time and reads the time back only from that shape', () => {
    const at = new Date('2026-11-26T00:30:05.123Z');
    expect(backupFileName(at)).toBe('cni-20261126T003005Z.db');
    expect(backupTakenAt('cni-20261126T003005Z.db')).toEqual(new Date('2026-11-26T00:30:05Z'));
    for (const other of ['cni-20261126T003005Z.db.partial-42', 'cni.db', 'cni-latest.db', 'cni-20261326T003005Z.db', 'xcni-20261126T003005Z.db']) {
      expect(backupTakenAt(other)).toBeUndefined();
    }
  });

  it('refuses a target that exists and leaves that file as it was', async () => {
    const target = join(folder, 'taken.db');
    writeFileSync(target, 'an earlier backup');
    await expect(backupDatabase({ db: handle.db, target })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/already exists/) });
    expect(readdirSync(folder)).toEqual(['taken.db']);
  });

  it('says a libSQL server is backed up with its own snapshots', async () => {
    const client = createClient({ url: 'http://127.0.0.1:9' });
    const remote = { $client: client } as unknown as Database;
    await expect(backupDatabase({ db: remote, target: join(folder, 'x.db') })).rejects.toMatchObject({
      code: 'validation_error',
      message: expect.stringMatching(/libSQL server.*own snapshots/),
    });
    client.close();
    expect(readdirSync(folder)).toEqual([]);
  });
});
