import type { Database } from '../../create-db.ts';
import { seedDemoData, seedReferenceData } from '../../seed/seed.ts';
import { buildCallFields } from '../../testing/factories.ts';
import { insertTestCalls } from '../../testing/insert-calls.ts';

/**
 * The demo seed plus calls, edits and deletions: deleted rows leave free pages and gaps in rowids, which is
 * where a careless copy would renumber rows or lose the search index's link to them.
 */
export async function populateDatabase(db: Database, calls = 300): Promise<void> {
  await seedReferenceData(db);
  await seedDemoData(db);
  const ids = await insertTestCalls(
    db,
    Array.from({ length: calls }, (_, index) =>
      buildCallFields({ title: `Πρόσκληση ${index}: ένταξη μεταναστών`, url: `https://example.org/calls/${index}`, summary: `Κείμενο ${index} `.repeat(40) }),
    ),
  );
  const removed = ids.filter((_, index) => index % 7 === 3);
  await db.$client.batch(
    [
      ...removed.map((id) => ({ sql: 'DELETE FROM calls WHERE id = ?', args: [id] })),
      { sql: `UPDATE needs SET title = title || ' (αναθεωρημένο)' WHERE rowid % 2 = 0`, args: [] },
    ],
    'write',
  );
}
