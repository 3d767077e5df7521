/**
 * One collector run in its own process, started by the kill-during-ingest test: runs source SOURCE_ID once
 * against the database in DATABASE_URL, as "run now" does. It says on stdout when a large write transaction
 * begins, so the test can kill it inside one, and holds on a moment after it committed (as a slow disk
 * would), so the test can also kill it between storing the calls and recording the run.
 */
import { createDb } from '@cni/db';
import { createIngestServices, runSource } from '@cni/jobs';

const handle = await createDb(process.env.DATABASE_URL!);
const batch = handle.client.batch.bind(handle.client);
handle.client.batch = (async (statements, mode) => {
  // The run's own bookkeeping (lease, run row) is single statements; the calls go in one large batch.
  if (statements.length <= 20) return batch(statements, mode);
  const started = performance.now();
  console.log(`write transaction begins: ${statements.length} statements`);
  const results = await batch(statements, mode);
  console.log(`write transaction committed after ${Math.round(performance.now() - started)} ms`);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return results;
}) as typeof handle.client.batch;

const ingest = createIngestServices({ allowlist: ['127.0.0.1'] });
const result = await runSource({ ...ingest, db: handle.db, now: () => new Date() }, process.env.SOURCE_ID!);
console.log(`run finished: ${JSON.stringify(result)}`);
handle.close();
