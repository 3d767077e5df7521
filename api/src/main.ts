import { createDb, hasUsers, migrateDb, rematchAll, seedDemoData, seedReferenceData } from '@cni/db';
import { createIngestServices, createRematchQueue, seedDemoCalls, startScheduler, type Scheduler } from '@cni/jobs';
import { staticRoot } from '@cni/web/static-root';
import { serve } from '@hono/node-server';
import { answerClientErrors, createApp } from './app.ts';
import { attachCollab } from './collab/attach-collab.ts';
import { loadConfig } from './config.ts';

/** The product in one process: migrate, seed, serve the API and the web app, run the scheduler. */
async function main(): Promise<void> {
  const config = loadConfig();
  const handle = await createDb(config.databaseUrl, config.databaseAuthToken);
  await migrateDb(handle.db);
  await seedReferenceData(handle.db);
  if (config.demo && !(await hasUsers(handle.db))) {
    await seedDemoData(handle.db);
    await seedDemoCalls({ db: handle.db });
    // The demo needs show their matching calls from the first page view, scheduler or not.
    await rematchAll({ db: handle.db, now: new Date() });
    console.log('Seeded demo data: log in as officer.athens@demo.cni.gr with password demo-password');
  }

  // One queue for requests and collectors: changed needs and calls are matched after the write, one recompute at a time.
  const rematch = createRematchQueue({ db: handle.db });
  const ingest = { ...createIngestServices({ allowlist: config.fetchAllowlist }), callsChanged: (ids: string[]) => rematch.callsChanged(ids) };
  const app = createApp({ db: handle.db, config, staticRoot, ingest, rematch });
  const mail = { smtpUrl: config.smtpUrl, from: config.mailFrom, publicUrl: config.publicUrl };
  // A libSQL server keeps its own snapshots; the nightly copy is for an embedded file.
  const backup = handle.kind === 'file' ? { dir: config.backupDir, keep: config.backupKeep } : undefined;
  const scheduler: Scheduler | undefined = config.jobs ? startScheduler({ db: handle.db, sources: ingest, mail, backup }) : undefined;

  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    console.log(`CNI Funding Workspace listening on http://${host}:${info.port}`);
    console.log(`  database: ${config.databaseUrl}  demo: ${config.demo ? 'on' : 'off'}  jobs: ${config.jobs ? 'on' : 'off'}`);
  });
  answerClientErrors(server);
  const collab = attachCollab(server, { db: handle.db, config });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, shutting down`);
    server.close();
    // Every open proposal section is stored before the database closes.
    await collab.close();
    await scheduler?.stop();
    await rematch.idle();
    handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
