import { createClient } from '@libsql/client';
import { pathToFileURL } from 'node:url';
import { ValidationError } from '../errors.ts';

// Tables every CNI database has had since its first migration; a file without them is some other database.
const requiredTables = ['__drizzle_migrations', 'municipalities', 'users', 'sessions', 'audit_log', 'needs', 'job_heartbeats'];

/**
 * Refuses a copy that SQLite finds damaged or that is not a CNI database, before it takes a backup's name or
 * replaces the live file. Returns how many migrations the copy has applied, which the messages report.
 */
export async function checkDatabaseCopy(path: string): Promise<{ migrations: number }> {
  const client = createClient({ url: pathToFileURL(path).href });
  try {
    const integrity = await client.execute('PRAGMA integrity_check').catch((error: unknown) => {
      throw new ValidationError(`${path} is not a readable SQLite database: ${error instanceof Error ? error.message : String(error)}`);
    });
    const problems = integrity.rows.map((row) => String(row[0])).filter((line) => line !== 'ok');
    if (problems.length > 0) throw new ValidationError(`${path} failed the integrity check: ${problems.slice(0, 5).join('; ')}`);
    const tables = new Set((await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table'`)).rows.map((row) => String(row[0])));
    const missing = requiredTables.filter((table) => !tables.has(table));
    if (missing.length > 0) throw new ValidationError(`${path} is not a CNI database (missing tables: ${missing.join(', ')})`);
    const [row] = (await client.execute('SELECT count(*) FROM __drizzle_migrations')).rows;
    return { migrations: Number(row?.[0] ?? 0) };
  } finally {
    client.close();
  }
}
