import type { AddressInfo } from 'node:net';
import { answerClientErrors, attachCollab, createApp, loadConfig, type CollabOptions } from '@cni/api';
import { seedDemoData, seedReferenceData } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { createRematchQueue, type RematchQueue } from '@cni/jobs';
import { serve } from '@hono/node-server';

export interface TestServer {
  url: string;
  /** The same server's ws:// address, for the proposal sections' collaboration sockets. */
  wsUrl: string;
  handle: TempDb;
  /** The app's match recompute queue: `await server.rematch.idle()` before reading matches. */
  rematch: RematchQueue;
  close(): Promise<void>;
}

/** The real app on a fresh seeded database file, listening on 127.0.0.1 at a free port. */
export async function startTestServer({
  staticRoot,
  env = {},
  database,
  port: requestedPort = 0,
  collab: collabOptions = {},
}: {
  staticRoot?: string;
  env?: Record<string, string>;
  /** Serve an existing database (already seeded) instead of a fresh one, e.g. to restart; it is left open on close. */
  database?: TempDb;
  port?: number;
  collab?: Partial<CollabOptions>;
} = {}): Promise<TestServer> {
  const handle = database ?? (await createTempDb());
  if (!database) {
    await seedReferenceData(handle.db);
    await seedDemoData(handle.db);
  }
  const config = loadConfig({ DATABASE_URL: handle.url, JOBS: 'off', ...env });
  const rematch = createRematchQueue({ db: handle.db, delayMs: 10 });
  const app = createApp({ db: handle.db, config, rematch, ...(staticRoot ? { staticRoot } : {}) });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: requestedPort });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  answerClientErrors(server);
  const collab = attachCollab(server, { db: handle.db, config, options: collabOptions });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    handle,
    rematch,
    async close() {
      await collab.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // A recompute still running after its database is gone would fail for nothing.
      await rematch.idle();
      if (!database) handle.destroy();
    },
  };
}
