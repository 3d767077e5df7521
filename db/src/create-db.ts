import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { recoverFromBusy } from './busy-recovery.ts';
import * as schema from './schema/index.ts';

export type Database = LibSQLDatabase<typeof schema> & { $client: Client };

export interface DbHandle {
  db: Database;
  client: Client;
  /** `file` for an embedded database (including `:memory:`), `remote` for a libSQL server. */
  kind: 'file' | 'remote';
  close(): void;
}

const defaultBusyTimeoutMs = 5000;

export interface CreateDbOptions {
  /** How long a write waits for another connection's write lock before SQLITE_BUSY; tests shorten it. */
  busyTimeoutMs?: number;
}

function isEmbedded(url: string): boolean {
  return url === ':memory:' || url.startsWith('file:');
}

function ensureParentDirectory(url: string): void {
  if (!url.startsWith('file:')) return;
  const path = url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length).split('?')[0]!;
  if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
}

async function readPragma(client: Client, name: string): Promise<unknown> {
  const result = await client.execute(`PRAGMA ${name}`);
  return result.rows[0]?.[0];
}

/**
 * WAL is stored in the file but must be switched on outside any transaction; the busy timeout is per
 * connection, so it is given to createClient for every pooled connection. Refuse to start if either did not
 * take, because both protect users from SQLITE_BUSY errors and lost writes.
 */
async function configureEmbedded(client: Client, url: string, busyTimeoutMs: number): Promise<void> {
  if (url !== ':memory:') {
    await client.execute('PRAGMA journal_mode = WAL');
    const journalMode = String(await readPragma(client, 'journal_mode')).toLowerCase();
    if (journalMode !== 'wal') throw new Error(`Database ${url}: journal_mode is ${journalMode}, expected wal`);
  }
  const foreignKeys = Number(await readPragma(client, 'foreign_keys'));
  if (foreignKeys !== 1) throw new Error(`Database ${url}: foreign_keys is off`);
  const busyTimeout = Number(await readPragma(client, 'busy_timeout'));
  if (busyTimeout < busyTimeoutMs) throw new Error(`Database ${url}: busy_timeout is ${busyTimeout} ms`);
  // SQLite's default synchronous=FULL is kept on purpose: an acknowledged proposal edit must survive power loss.
  const synchronous = Number(await readPragma(client, 'synchronous'));
  if (synchronous < 2) throw new Error(`Database ${url}: synchronous is ${synchronous}, expected FULL (2)`);
}

/** Opens an embedded database file (or `:memory:`) or a libSQL server (`libsql://`, `http(s)://`, `ws(s)://`). */
export async function createDb(url: string, authToken?: string, { busyTimeoutMs = defaultBusyTimeoutMs }: CreateDbOptions = {}): Promise<DbHandle> {
  const embedded = isEmbedded(url);
  if (embedded) ensureParentDirectory(url);
  const client = createClient(embedded ? { url, timeout: busyTimeoutMs } : { url, authToken });
  // `:memory:` is one connection that never meets another's lock, and reopening it would empty it.
  if (embedded && url !== ':memory:') recoverFromBusy(client);
  try {
    if (embedded) await configureEmbedded(client, url, busyTimeoutMs);
    else await client.execute('SELECT 1');
  } catch (error) {
    client.close();
    throw error;
  }
  const db = drizzle(client, { schema, casing: 'snake_case' });
  return { db, client, kind: embedded ? 'file' : 'remote', close: () => client.close() };
}
