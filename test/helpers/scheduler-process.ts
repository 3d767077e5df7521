/**
 * One product process's scheduler, started by the two-schedulers test as a child process: it runs every
 * enabled source on its schedule against the database in DATABASE_URL for RUN_MS milliseconds, then stops.
 */
import { createDb } from '@cni/db';
import { createIngestServices, startScheduler } from '@cni/jobs';

const handle = await createDb(process.env.DATABASE_URL!);
const ingest = createIngestServices({ allowlist: ['127.0.0.1'] });
const scheduler = startScheduler({ db: handle.db, jobs: [], sources: ingest, log: (message) => console.error(message) });
await new Promise((resolve) => setTimeout(resolve, Number(process.env.RUN_MS)));
await scheduler.stop();
handle.close();
