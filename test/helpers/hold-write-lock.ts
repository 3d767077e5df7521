/**
 * Another process holding the database's write lock, as a long ingest batch does: it takes the lock on the
 * file in DATABASE_URL, says "locked", keeps it HOLD_MS milliseconds, then commits and exits.
 */
import { createDb } from '@cni/db';

const handle = await createDb(process.env.DATABASE_URL!);
const transaction = await handle.client.transaction('write');
await transaction.execute('UPDATE job_heartbeats SET beats = beats + 1');
console.log('locked');
await new Promise((resolve) => setTimeout(resolve, Number(process.env.HOLD_MS)));
await transaction.commit();
handle.close();
