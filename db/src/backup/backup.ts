import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Database } from '../create-db.ts';
import { ConflictError } from '../errors.ts';
import { checkDatabaseCopy } from './check-copy.ts';
import { serverNotSupported } from './database-file.ts';
import { moveWithoutReplacing, syncToDisk } from './durable-file.ts';

export interface BackupResult {
  path: string;
  bytes: number;
  migrations: number;
  ms: number;
}

/**
 * Copies the embedded database to `target` while the product keeps running. `VACUUM INTO` reads one snapshot
 * (a read transaction: WAL writers go on), unlike copying the file, which can catch a page half-written or miss
 * the WAL. The copy is written under a temp name beside the target and checked before it takes the final name,
 * so a file named like a backup is always a whole, sound one.
 */
export async function backupDatabase({ db, target }: { db: Database; target: string }): Promise<BackupResult> {
  const started = performance.now();
  if (db.$client.protocol !== 'file') throw serverNotSupported();
  const path = resolve(target);
  if (existsSync(path)) throw new ConflictError(`${path} already exists; choose a new name for the backup`);
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    // VACUUM cannot run inside a transaction; execute() takes a pooled connection outside any.
    await db.$client.execute({ sql: 'VACUUM INTO ?', args: [partial] });
    const { migrations } = await checkDatabaseCopy(partial);
    syncToDisk(partial);
    moveWithoutReplacing(partial, path);
    return { path, bytes: statSync(path).size, migrations, ms: Math.round(performance.now() - started) };
  } finally {
    rmSync(partial, { force: true });
  }
}
