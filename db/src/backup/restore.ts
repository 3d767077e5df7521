import { createClient } from '@libsql/client';
import { constants, copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NotFoundError, ValidationError } from '../errors.ts';
import { utcStamp } from './backup-name.ts';
import { checkDatabaseCopy } from './check-copy.ts';
import { moveWithoutReplacing, syncToDisk } from './durable-file.ts';
import { assertDatabaseNotInUse } from './in-use.ts';

export interface RestoreResult {
  target: string;
  /** Where the database that was replaced now lies, if there was one. */
  previous: string | undefined;
  migrations: number;
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** Folds the WAL into the main file so the kept copy stands alone; a damaged file keeps its WAL beside it instead. */
async function checkpoint(path: string): Promise<void> {
  const client = createClient({ url: pathToFileURL(path).href });
  try {
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  } catch {
    // Nothing to fold: setAside moves a non-empty WAL along with the file.
  } finally {
    client.close();
  }
}

/**
 * Moves the current database out of the way under `<target>.before-restore-<stamp>`. A WAL or rollback journal
 * still holding data goes with it under the matching name, so opening the kept file finds them; the shared-memory
 * index is only a cache of the WAL and would mislead the restored file, so it is removed.
 */
async function setAside(target: string, now: Date): Promise<string> {
  await checkpoint(target);
  const kept = `${target}.before-restore-${utcStamp(now)}`;
  moveWithoutReplacing(target, kept);
  for (const suffix of ['-wal', '-journal']) {
    if (fileSize(target + suffix) > 0) renameSync(target + suffix, kept + suffix);
    else rmSync(target + suffix, { force: true });
  }
  rmSync(`${target}-shm`, { force: true });
  return kept;
}

/**
 * Puts a backup in place of the database at `target`, for a product that is stopped. The backup is copied
 * beside the target and checked there (integrity, CNI tables) before anything is moved, so a bad backup leaves
 * the current database untouched; the database it replaces is kept, never deleted.
 */
export async function restoreDatabase({ backup, target, now = new Date() }: { backup: string; target: string; now?: Date }): Promise<RestoreResult> {
  const backupPath = resolve(backup);
  const targetPath = resolve(target);
  if (!existsSync(backupPath)) throw new NotFoundError(`${backupPath} does not exist`);
  if (backupPath === targetPath) throw new ValidationError('The backup and the database to restore are the same file');
  // A database with a WAL of its own is a live database, not a backup: its main file alone may miss commits.
  if (fileSize(`${backupPath}-wal`) > 0) throw new ValidationError(`${backupPath} has a WAL beside it: it is an open database, not a backup`);
  if (existsSync(targetPath)) await assertDatabaseNotInUse(targetPath, now);
  mkdirSync(dirname(targetPath), { recursive: true });
  const incoming = `${targetPath}.restoring-${process.pid}`;
  rmSync(incoming, { force: true });
  try {
    copyFileSync(backupPath, incoming, constants.COPYFILE_EXCL);
    const { migrations } = await checkDatabaseCopy(incoming);
    syncToDisk(incoming);
    const previous = existsSync(targetPath) ? await setAside(targetPath, now) : undefined;
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(targetPath + suffix, { force: true });
    renameSync(incoming, targetPath);
    syncToDisk(dirname(targetPath));
    return { target: targetPath, previous, migrations };
  } finally {
    rmSync(incoming, { force: true });
  }
}
