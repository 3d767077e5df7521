import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { backupDatabase } from './backup.ts';
import { populateDatabase } from './testing/populate.ts';
import { readDatabaseContents, readDatabaseFile } from './testing/read-tables.ts';

const writeLoop = fileURLToPath(new URL('./testing/write-loop.ts', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

async function probeTotal(handle: TempDb): Promise<number> {
  return Number((await handle.client.execute('SELECT n FROM backup_probe_total')).rows[0]![0]);
}

async function waitForTotal(handle: TempDb, atLeast: number): Promise<number> {
  for (;;) {
    const total = await probeTotal(handle);
    if (total >= atLeast) return total;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('backupDatabase while another process writes', () => {
  let handle: TempDb;
  let folder: string;
  let writer: ChildProcess | undefined;
  beforeEach(async () => {
    handle = await createTempDb();
    folder = mkdtempSync(join(tmpdir(), 'cni-backup-live-'));
    await populateDatabase(handle.db, 1500);
    await handle.client.batch(
      ['CREATE TABLE backup_probe (seq INTEGER PRIMARY KEY, note TEXT NOT NULL)', 'CREATE TABLE backup_probe_total (n INTEGER NOT NULL)', 'INSERT INTO backup_probe_total VALUES (0)'],
      'write',
    );
  });
  afterEach(async () => {
    if (writer && writer.exitCode === null) {
      const exited = new Promise((resolve) => writer!.once('exit', resolve));
      writer.kill('SIGTERM');
      await exited;
    }
    handle.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('takes a sound copy holding a consistent prefix of the writes, which go on during and after it', async () => {
    writer = spawn(process.execPath, ['--import', 'tsx', writeLoop, handle.url], { cwd: repositoryRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    const before = await waitForTotal(handle, 200);
    const backup = await backupDatabase({ db: handle.db, target: join(folder, 'during-writes.db') });
    const after = await probeTotal(handle);
    await waitForTotal(handle, after + 50);

    const copy = await readDatabaseFile(backup.path);
    const seqs = copy.tables.backup_probe!.map((row) => Number(row[1]!.split(':')[1]));
    const total = Number(copy.tables.backup_probe_total![0]![1]!.split(':')[1]);
    // One transaction wrote each row with its total: a consistent copy has rows 1..total and nothing else.
    expect(seqs).toEqual(Array.from({ length: total }, (_, index) => index + 1));
    expect(total).toBeGreaterThanOrEqual(before);
    expect(total).toBeLessThanOrEqual(after);

    // Everything the writer does not touch is exactly the source's.
    const source = await readDatabaseContents(handle.client);
    for (const table of ['backup_probe', 'backup_probe_total']) {
      delete source.tables[table];
      delete copy.tables[table];
    }
    expect(copy).toEqual(source);
    console.log(`backup during writes: ${backup.bytes} bytes in ${backup.ms} ms; writer committed ${before} before, ${after - before} during, copy holds ${total}`);
  });
});
