import { createClient } from '@libsql/client';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordHeartbeat } from '../heartbeats/record.ts';
import { seedReferenceData } from '../seed/seed.ts';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { backupDatabase } from './backup.ts';
import { restoreDatabase } from './restore.ts';
import { readDatabaseFile } from './testing/read-tables.ts';

const now = new Date('2026-11-26T21:00:00.000Z');

async function countRows(path: string, table: string): Promise<number> {
  const client = createClient({ url: pathToFileURL(path).href });
  try {
    return Number((await client.execute(`SELECT count(*) FROM ${table}`)).rows[0]![0]);
  } finally {
    client.close();
  }
}

describe('restoreDatabase', () => {
  let source: TempDb;
  let folder: string;
  let backup: string;
  let target: string;
  beforeEach(async () => {
    source = await createTempDb();
    await seedReferenceData(source.db);
    folder = mkdtempSync(join(tmpdir(), 'cni-restore-'));
    backup = (await backupDatabase({ db: source.db, target: join(folder, 'backup.db') })).path;
    target = join(folder, 'live', 'cni.db');
  });
  afterEach(() => {
    source.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  /** A product that crashed: its file and a WAL with the last commits, and a stale shared-memory index. */
  async function leaveCrashedDatabase(): Promise<void> {
    const crashed = await createTempDb();
    // An expired lease: a row the in-use check reads and lets pass.
    await crashed.client.execute(`INSERT INTO leases (name, holder, expires_at) VALUES ('last-commit', 'gone:1', '2020-01-01T00:00:00.000Z')`);
    const file = new URL(crashed.url).pathname;
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    mkdirSync(join(folder, 'live'), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(file + suffix, target + suffix);
    crashed.destroy();
  }

  it('keeps the replaced database with its last commits and removes the stale WAL and index', async () => {
    await leaveCrashedDatabase();
    const result = await restoreDatabase({ backup, target, now });
    expect(result.previous).toBe(`${target}.before-restore-20261126T210000Z`);
    expect(readdirSync(join(folder, 'live')).sort()).toEqual(['cni.db', 'cni.db.before-restore-20261126T210000Z']);
    expect(await countRows(result.previous!, `leases WHERE name = 'last-commit'`)).toBe(1);
    expect(await readDatabaseFile(target)).toEqual(await readDatabaseFile(backup));
  });

  it('refuses while the product still beats in the database, and changes nothing', async () => {
    await leaveCrashedDatabase();
    const client = createClient({ url: pathToFileURL(target).href });
    await client.execute({
      sql: 'INSERT INTO job_heartbeats (job, last_beat_at, process_id, hostname, beats) VALUES (?, ?, ?, ?, 1)',
      args: ['heartbeat', new Date(now.getTime() - 30_000).toISOString(), 4242, 'another-host'],
    });
    client.close();
    const before = readFileSync(target);
    await expect(restoreDatabase({ backup, target, now })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/in use .*process 4242 on another-host.*Stop the product/),
    });
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(readdirSync(join(folder, 'live')).filter((name) => name.includes('restor'))).toEqual([]);
  });

  it('refuses while a live process of this host beats, but not for a beat from a process that is gone', async () => {
    const live = await createTempDb();
    const livePath = new URL(live.url).pathname;
    await recordHeartbeat({ db: live.db, job: 'heartbeat', at: now });
    await expect(restoreDatabase({ backup, target: livePath, now })).rejects.toMatchObject({ code: 'conflict' });
    await live.client.execute({ sql: 'UPDATE job_heartbeats SET process_id = ?', args: [2 ** 22 + 12345] });
    live.close();
    expect((await restoreDatabase({ backup, target: livePath, now })).previous).toBeDefined();
    live.destroy();
  });

  it('lets a beat older than two minutes pass: the product has stopped', async () => {
    await leaveCrashedDatabase();
    const client = createClient({ url: pathToFileURL(target).href });
    await client.execute({
      sql: 'INSERT INTO job_heartbeats (job, last_beat_at, process_id, hostname, beats) VALUES (?, ?, ?, ?, 1)',
      args: ['heartbeat', new Date(now.getTime() - 180_000).toISOString(), 4242, 'another-host'],
    });
    client.close();
    await expect(restoreDatabase({ backup, target, now })).resolves.toMatchObject({ target });
  });

  it('refuses a damaged backup and a database of another product, leaving the target untouched', async () => {
    await leaveCrashedDatabase();
    const before = readFileSync(target);
    const damaged = join(folder, 'damaged.db');
    const bytes = readFileSync(backup);
    bytes.fill(0x5a, 4096 * 2, 4096 * 6);
    writeFileSync(damaged, bytes);
    await expect(restoreDatabase({ backup: damaged, target, now })).rejects.toMatchObject({
      code: 'validation_error',
      message: expect.stringMatching(/integrity check|not a readable SQLite database/),
    });
    const foreign = join(folder, 'foreign.db');
    const client = createClient({ url: pathToFileURL(foreign).href });
    await client.execute('CREATE TABLE notes (body TEXT)');
    client.close();
    await expect(restoreDatabase({ backup: foreign, target, now })).rejects.toMatchObject({ message: expect.stringMatching(/not a CNI database \(missing tables: __drizzle_migrations/) });
    await expect(restoreDatabase({ backup: join(folder, 'missing.db'), target, now })).rejects.toMatchObject({ code: 'not_found' });
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(readdirSync(join(folder, 'live')).sort()).toEqual(['cni.db', 'cni.db-shm', 'cni.db-wal']);
  });

  it('refuses a database that is still open as its own backup', async () => {
    await expect(restoreDatabase({ backup: new URL(source.url).pathname, target, now })).rejects.toMatchObject({ message: expect.stringMatching(/WAL beside it/) });
    expect(existsSync(target)).toBe(false);
  });
});
