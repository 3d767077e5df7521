import { desc, eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { NotFoundError } from '../errors.ts';
import { callRevisions, callSources, calls, sources } from '../schema/index.ts';
import { callColumns } from './call-fields.ts';

/** A call with its revision history (newest first) and every source it was found in. */
export async function getCall({ db, id, now }: { db: Database; id: string; now: Date }) {
  const [call] = await db.select(callColumns(now.toISOString())).from(calls).where(eq(calls.id, id)).limit(1);
  if (!call) throw new NotFoundError('Call not found.');
  const revisions = await db
    .select({ at: callRevisions.at, changes: callRevisions.changes })
    .from(callRevisions)
    .where(eq(callRevisions.callId, id))
    .orderBy(desc(callRevisions.at));
  const links = await db
    .select({
      sourceId: callSources.sourceId,
      name: sources.name,
      kind: sources.kind,
      url: callSources.url,
      firstSeenAt: callSources.firstSeenAt,
      lastSeenAt: callSources.lastChangedAt,
    })
    .from(callSources)
    .innerJoin(sources, eq(sources.id, callSources.sourceId))
    .where(eq(callSources.callId, id));
  return { ...call, revisions, sources: links };
}
