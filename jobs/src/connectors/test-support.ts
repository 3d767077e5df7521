import { readFile } from 'node:fs/promises';
import { createFetchDocument } from '../fetch/fetch-document.ts';
import type { FetchDocument } from '../fetch/types.ts';
import type { CacheValidators, CollectContext, CollectResult, Connector } from '../ingest/types.ts';

/** Test helper: the snapshot documents under jobs/fixtures, as text or bytes. */
export function readFixture(path: string): Promise<string> {
  return readFile(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
}

export async function readFixtureBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(`../../fixtures/${path}`, import.meta.url)));
}

/** The real fetcher, allowed to reach the fixture server on 127.0.0.1 and nothing else private. */
export function createTestFetch(): FetchDocument {
  return createFetchDocument({ allowlist: ['127.0.0.1'], timeoutMs: 5_000 });
}

/**
 * Test helper: runs a connector end to end, its options through its own schema as the pipeline does.
 */
export function collectWith<Options>(
  connector: Connector<Options>,
  {
    url,
    options = {},
    fetchDocument = createTestFetch(),
    validators = { etag: null, lastModified: null },
    now = new Date('2026-11-26T10:00:00Z'),
  }: {
    url: string;
    options?: Record<string, unknown>;
    fetchDocument?: FetchDocument;
    validators?: CacheValidators;
    now?: Date;
  },
): Promise<CollectResult> {
  const context: CollectContext<Options> = {
    source: { id: 'test-source', kind: connector.kind, url, options },
    options: connector.optionsSchema.parse(options),
    fetchDocument,
    validators,
    now,
  };
  return connector.collect(context);
}
