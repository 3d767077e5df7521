import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Programme } from '../schema/index.ts';

/** The programme each template is written for: a proposal without a call is read as that programme's. */
export const templateProgrammes: Readonly<Record<string, Programme>> = { 'esf-plus': 'esf-plus', amif: 'amif', donor: 'donor' };

/** `templateProgrammes` as SQL over a template key column; other templates (blank) read as 'other'. */
export function templateProgrammeSql(templateKey: SQLiteColumn): SQL<Programme> {
  const cases = Object.entries(templateProgrammes).map(([key, programme]) => sql`WHEN ${key} THEN ${programme}`);
  return sql<Programme>`CASE ${templateKey} ${sql.join(cases, sql` `)} ELSE 'other' END`;
}
