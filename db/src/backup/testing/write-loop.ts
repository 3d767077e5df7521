/**
 * A second process that writes without pause, for the backup tests: each commit inserts the next `seq` into
 * backup_probe and sets backup_probe_total to it, in one transaction. A consistent copy therefore holds the rows
 * 1..n with total n, never a gap or a total that disagrees. Usage: tsx write-loop.ts <database url>
 */
import { createDb } from '../../create-db.ts';

const handle = await createDb(process.argv[2]!);
process.on('SIGTERM', () => {
  handle.close();
  process.exit(0);
});
for (let seq = 1; ; seq += 1) {
  await handle.client.batch(
    [
      { sql: 'INSERT INTO backup_probe (seq, note) VALUES (?, ?)', args: [seq, `write ${seq} `.repeat(20)] },
      { sql: 'UPDATE backup_probe_total SET n = ?', args: [seq] },
    ],
    'write',
  );
  // A local batch settles as a microtask: without a turn of the event loop, SIGTERM would never be handled.
  await new Promise((resolve) => setImmediate(resolve));
}
