import { text } from 'drizzle-orm/sqlite-core';

// ISO 8601 UTC strings sort and compare correctly as text and read unambiguously in any SQL shell.
export const utcTimestamp = (name: string) => text(name);

export const createdAt = (name = 'created_at') =>
  utcTimestamp(name)
    .notNull()
    .$defaultFn(() => new Date().toISOString());

export const updatedAt = () =>
  utcTimestamp('updated_at')
    .notNull()
    .$defaultFn(() => new Date().toISOString());
