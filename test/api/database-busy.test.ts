import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createDb, seedDemoData, seedReferenceData, type DbHandle } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectErrorShape, loggedInAs, type ApiClient } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const holder = fileURLToPath(new URL('../helpers/hold-write-lock.ts', import.meta.url));

// The server waits this long for a lock, twice for a batch; the other process holds it longer or shorter.
const busyTimeoutMs = 400;
const need = { title: 'Διερμηνεία στα δημοτικά ιατρεία', category: 'municipal-services' };

/** Another process takes the write lock; resolves once it holds it. */
async function holdWriteLock(url: string, holdMs: number): Promise<ChildProcess> {
  const child = spawn(tsx, [holder], { env: { ...process.env, DATABASE_URL: url, HOLD_MS: String(holdMs) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the lock holder exited (${code}) before locking`)));
  });
  return child;
}

/**
 * Another process holding the write lock for longer than the busy timeout (twice, for a batch) must give
 * people a clear "try again" that saved nothing, never SQLite's own error, and must leave nothing stuck:
 * once the lock is gone the same request succeeds (libsql leaves a connection that met SQLITE_BUSY unable
 * to commit, see db/src/busy-recovery.ts).
 */
describe('a write that meets a lock held by another process', () => {
  let database: TempDb;
  let serving: DbHandle;
  let server: TestServer;
  let officer: ApiClient;
  let lockHolder: ChildProcess | undefined;
  beforeEach(async () => {
    database = await createTempDb();
    await seedReferenceData(database.db);
    await seedDemoData(database.db);
    serving = await createDb(database.url, undefined, { busyTimeoutMs });
    server = await startTestServer({ database: { ...serving, url: database.url, destroy: () => serving.close() } });
    officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
  });
  afterEach(async () => {
    if (lockHolder && lockHolder.exitCode === null) {
      lockHolder.kill('SIGKILL');
      await once(lockHolder, 'exit');
    }
    await server.close();
    serving.close();
    database.destroy();
  });

  it('answers 503 with Retry-After and the error shape, writes nothing, and succeeds once the lock is released', async () => {
    const before = (await officer.get<unknown[]>('/api/municipalities/athens/needs')).body.length;
    lockHolder = await holdWriteLock(database.url, 3_000);
    const exited = once(lockHolder, 'exit');

    const started = Date.now();
    const refused = await officer.post('/api/municipalities/athens/needs', need);
    expect(refused.status).toBe(503);
    expectErrorShape(refused.body);
    expect(refused.body.error.code).toBe('database_busy');
    expect(refused.body.error.message).toMatch(/try again/);
    expect(refused.headers.get('retry-after')).toBe('2');
    // The batch waited for the lock twice before giving up.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * busyTimeoutMs - 50);
    // Reads go on while the lock is held (WAL).
    expect((await officer.get<unknown[]>('/api/municipalities/athens/needs')).body).toHaveLength(before);

    await exited;
    const saved = await officer.post('/api/municipalities/athens/needs', need);
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect((await officer.get<unknown[]>('/api/municipalities/athens/needs')).body).toHaveLength(before + 1);
    // Nothing of this process keeps the lock: another process can write at once.
    const other = await createDb(database.url, undefined, { busyTimeoutMs: 50 });
    try {
      await other.client.execute('UPDATE job_heartbeats SET beats = beats + 1');
    } finally {
      other.close();
    }
  });

  it('saves a write whose lock is released during its second wait', async () => {
    lockHolder = await holdWriteLock(database.url, busyTimeoutMs * 1.5);
    const saved = await officer.post('/api/municipalities/athens/needs', need);
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
  });
});
