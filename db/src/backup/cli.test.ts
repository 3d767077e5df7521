import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { backupTakenAt } from './backup-name.ts';
import { populateDatabase } from './testing/populate.ts';
import { readDatabaseContents, readDatabaseFile } from './testing/read-tables.ts';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

function run(command: string, args: string[], environment: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repositoryRoot, env: { ...process.env, ...environment }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The script itself, without pnpm's start-up: for the cases that do not test the package.json wiring. */
function tsx(name: string, args: string[], environment: Record<string, string>) {
  return run(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(`./${name}`, import.meta.url)), ...args], environment);
}

describe('pnpm db:backup and db:restore', () => {
  let handle: TempDb;
  let folder: string;
  beforeEach(async () => {
    handle = await createTempDb();
    folder = mkdtempSync(join(tmpdir(), 'cni-backup-cli-'));
  });
  afterEach(() => {
    handle.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('backs up the DATABASE_URL database into BACKUP_DIR and restores it elsewhere, table for table', async () => {
    await populateDatabase(handle.db, 50);
    const backupDir = join(folder, 'backups');
    const backup = await run('pnpm', ['-s', 'db:backup'], { DATABASE_URL: handle.url, BACKUP_DIR: backupDir });
    expect(backup).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Backed up .* integrity ok/) });
    const [name, ...others] = readdirSync(backupDir);
    expect(others).toEqual([]);
    expect(Math.abs(backupTakenAt(name!)!.getTime() - Date.now())).toBeLessThan(60_000);

    const restoredUrl = pathToFileURL(join(folder, 'restored', 'cni.db')).href;
    const restore = await run('pnpm', ['-s', 'db:restore', join(backupDir, name!)], { DATABASE_URL: restoredUrl });
    expect(restore).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Restored .* integrity ok/) });
    expect(await readDatabaseFile(join(folder, 'restored', 'cni.db'))).toEqual(await readDatabaseContents(handle.client));

    const again = await tsx('cli-restore.ts', [join(backupDir, name!)], { DATABASE_URL: restoredUrl });
    expect(again).toMatchObject({ code: 0, stdout: expect.stringMatching(/kept as .*cni\.db\.before-restore-\d{8}T\d{6}Z/) });
  });

  it('exits 1 with the reason for a taken target, a missing database and a libSQL server; 2 for wrong usage', async () => {
    const taken = join(folder, 'taken.db');
    expect((await tsx('cli-backup.ts', [taken], { DATABASE_URL: handle.url })).code).toBe(0);
    expect(await tsx('cli-backup.ts', [taken], { DATABASE_URL: handle.url })).toMatchObject({ code: 1, stderr: expect.stringMatching(/Backup failed: .*taken\.db already exists/) });
    // Independent refusals, run side by side.
    const [typo, server, serverRestore, restoreUsage, backupUsage] = await Promise.all([
      tsx('cli-backup.ts', [], { DATABASE_URL: `file:${join(folder, 'typo.db')}` }),
      tsx('cli-backup.ts', [], { DATABASE_URL: 'libsql://cni.example.turso.io' }),
      tsx('cli-restore.ts', [taken], { DATABASE_URL: 'http://127.0.0.1:8080' }),
      tsx('cli-restore.ts', [], { DATABASE_URL: handle.url }),
      tsx('cli-backup.ts', ['a.db', 'b.db'], { DATABASE_URL: handle.url }),
    ]);
    expect(typo).toMatchObject({ code: 1, stderr: expect.stringMatching(/there is no database at .*typo\.db/) });
    expect(readdirSync(folder)).toEqual(['taken.db']);
    expect(server).toMatchObject({ code: 1, stderr: expect.stringMatching(/libSQL server: back it up and restore it with the server's own snapshots/) });
    expect(serverRestore).toMatchObject({ code: 1, stderr: expect.stringMatching(/libSQL server/) });
    expect(restoreUsage).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Usage: pnpm db:restore <backup-file>/) });
    expect(backupUsage).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Usage: pnpm db:backup/) });
  });
});
