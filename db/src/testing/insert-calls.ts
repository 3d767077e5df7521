import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import type { CallFields } from '../calls/call-fields.ts';
import { applyIngestPlan } from '../calls/ingest.ts';
import { sources } from '../schema/index.ts';

const testSourceId = 'test-source';

/** Stores calls the way a collector run does (calls, links and search rows in one batch); returns their ids. */
export async function insertTestCalls(db: Database, calls: CallFields[], now = new Date()): Promise<string[]> {
  const [existing] = await db.select({ id: sources.id }).from(sources).where(eq(sources.id, testSourceId));
  if (!existing) {
    await db.insert(sources).values({ id: testSourceId, name: 'Test feed', kind: 'rss', url: 'https://example.org/feed', options: {}, schedule: '0 * * * *', enabled: true });
  }
  const creates = calls.map((fields) => ({ callId: randomUUID(), itemKey: randomUUID(), url: fields.url, contentHash: 'test', fields }));
  await applyIngestPlan({ db, sourceId: testSourceId, now, plan: { creates, links: [], updates: [] } });
  return creates.map((item) => item.callId);
}
