import { createClient, type Client } from '@libsql/client';
import { pathToFileURL } from 'node:url';

export interface DatabaseContents {
  /** Every schema object (tables, indexes, triggers, virtual tables) with its SQL. */
  schema: string[][];
  /** Every table's rows, rowid first where the table has one, in a fixed order. */
  tables: Record<string, string[][]>;
}

function asText(value: unknown): string {
  if (value instanceof ArrayBuffer) return `blob:${Buffer.from(value).toString('hex')}`;
  return value === null ? 'null' : `${typeof value}:${String(value)}`;
}

/** Reads a whole database into plain values, so two copies compare with one toEqual. */
export async function readDatabaseContents(client: Client): Promise<DatabaseContents> {
  const objects = await client.execute(`SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY type, name`);
  const schema = objects.rows.map((row) => [String(row.type), String(row.name), String(row.sql)]);
  const tables: Record<string, string[][]> = {};
  for (const [type, name, sql] of schema) {
    if (type !== 'table') continue;
    const quoted = `"${name!.replaceAll('"', '""')}"`;
    const hasRowid = !/WITHOUT ROWID/i.test(sql!);
    const columnCount = (await client.execute(`PRAGMA table_info(${quoted})`)).rows.length;
    // Rowids are compared too: FTS indexes and any reference by rowid break if a copy renumbers them.
    const order = hasRowid ? 'rowid' : Array.from({ length: columnCount }, (_, index) => index + 1).join(', ');
    const result = await client.execute(`SELECT ${hasRowid ? 'rowid, ' : ''}* FROM ${quoted} ORDER BY ${order}`);
    tables[name!] = result.rows.map((row) => Array.from(row, asText));
  }
  return { schema, tables };
}

export async function readDatabaseFile(path: string): Promise<DatabaseContents> {
  const client = createClient({ url: pathToFileURL(path).href });
  try {
    return await readDatabaseContents(client);
  } finally {
    client.close();
  }
}
