import { createClient } from '@libsql/client';
import { pathToFileURL } from 'node:url';
import { ConflictError } from '../errors.ts';
import { isDeadLocalHolder } from '../leases/lease-holder.ts';

// The scheduler beats every minute; two missed beats mean its process is gone.
const heartbeatFreshMs = 120_000;

async function readTraces(path: string, now: Date) {
  const client = createClient({ url: pathToFileURL(path).href });
  try {
    const since = new Date(now.getTime() - heartbeatFreshMs).toISOString();
    const beats = await client.execute({
      sql: 'SELECT job, last_beat_at, process_id, hostname FROM job_heartbeats WHERE last_beat_at > ?',
      args: [since],
    });
    const leases = await client.execute({ sql: 'SELECT name, holder, expires_at FROM leases WHERE expires_at > ?', args: [now.toISOString()] });
    return { beats: beats.rows, leases: leases.rows };
  } catch {
    // A damaged or foreign file (often the reason to restore) records no process; there is nothing to read.
    return { beats: [], leases: [] };
  } finally {
    client.close();
  }
}

/**
 * Refuses to replace a database that a running product still uses: its scheduler beats every minute and its
 * jobs hold leases. A trace left by a process of this host that no longer exists does not count. A product
 * started with JOBS=0 leaves no trace; the operator stops it first, as the restore message says.
 */
export async function assertDatabaseNotInUse(path: string, now: Date): Promise<void> {
  const { beats, leases } = await readTraces(path, now);
  const users = [
    ...beats
      .filter((row) => !isDeadLocalHolder(`${String(row.hostname)}:${Number(row.process_id)}`))
      .map((row) => `job "${row.job}" of process ${row.process_id} on ${row.hostname} beat at ${row.last_beat_at}`),
    ...leases
      .filter((row) => !isDeadLocalHolder(String(row.holder)))
      .map((row) => `lease "${row.name}" is held by ${row.holder} until ${row.expires_at}`),
  ];
  if (users.length > 0) {
    throw new ConflictError(
      `${path} is in use (${users.join('; ')}). Stop the product, or wait two minutes after it stopped, then restore again.`,
    );
  }
}
