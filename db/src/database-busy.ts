/**
 * Whether an error is SQLite's "database is locked" after the busy timeout, directly (libSQL's errors) or
 * wrapped (Drizzle's query errors keep it as their cause).
 */
export function isDatabaseBusy(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
