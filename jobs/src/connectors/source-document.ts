import type { z } from 'zod';
import { SourceError } from '../ingest/source-error.ts';

/**
 * Reads a document that must be JSON. Sources answer 200 with an HTML error or maintenance page, which must
 * show as an error of the source rather than as "0 calls".
 */
export function parseJson(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const start = text.slice(0, 80).replace(/\s+/g, ' ').trim();
    throw new SourceError('unexpected_content', `${origin} answered a document that is not JSON ("${start}")`);
  }
}

/** Validates what a source sent against the shape its connector relies on: the source's data is untrusted. */
export function validateDocument<Schema extends z.ZodType>(schema: Schema, value: unknown, origin: string, what: string): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new SourceError('invalid_document', `${origin}: ${what} is not of the expected shape (${issues})`);
}
