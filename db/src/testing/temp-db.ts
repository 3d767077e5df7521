import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDb, type DbHandle } from '../create-db.ts';
import { migrateDb } from '../migrate.ts';

export interface TempDb extends DbHandle {
  url: string;
  /** Closes the database and removes its folder. */
  destroy(): void;
}

/** A fresh, migrated database file in its own temp folder: what every test runs on. */
export async function createTempDb(): Promise<TempDb> {
  const folder = mkdtempSync(join(tmpdir(), 'cni-test-'));
  const url = pathToFileURL(join(folder, 'cni.db')).href;
  const handle = await createDb(url);
  await migrateDb(handle.db);
  return {
    ...handle,
    url,
    destroy() {
      handle.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
