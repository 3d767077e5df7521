import type { AddressInfo } from 'node:net';
import { createApp, loadConfig } from '@cni/api';
import { seedDemoData, seedReferenceData } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { createRematchQueue, type RematchQueue } from '@cni/jobs';
import { serve } from '@hono/node-server';

export interface TestServer {
  url: string;
  handle: TempDb;
  /** The app's match recompute queue: `await server.rematch.idle()` before reading matches. */
  rematch: RematchQueue;
  close(): Promise<void>;
}

/** The real app on a fresh seeded database file, listening on 127.0.0.1 at a free port. */
export async function startTestServer({
  staticRoot,
  env = {},
}: { staticRoot?: string; env?: Record<string, string> } = {}): Promise<TestServer> {
  const handle = await createTempDb();
  await seedReferenceData(handle.db);
  await seedDemoData(handle.db);
  const config = loadConfig({ DATABASE_URL: handle.url, JOBS: 'off', ...env });
  const rematch = createRematchQueue({ db: handle.db, delayMs: 10 });
  const app = createApp({ db: handle.db, config, rematch, ...(staticRoot ? { staticRoot } : {}) });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    handle,
    rematch,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // A recompute still running after its database is gone would fail for nothing.
      await rematch.idle();
      handle.destroy();
    },
  };
}
