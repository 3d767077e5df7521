import { asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { NotFoundError } from '../errors.ts';
import { runColumns, toRun } from '../runs/runs.ts';
import { callSources, sourceRuns, sources } from '../schema/index.ts';

const sourceColumns = {
  id: sources.id,
  name: sources.name,
  kind: sources.kind,
  url: sources.url,
  schedule: sources.schedule,
  enabled: sources.enabled,
  options: sources.options,
  etag: sources.etag,
  lastModified: sources.lastModified,
};

/** Sources with their health at a glance: last run, last success, last error and how many calls they bring. */
export async function listSources({ db, ids }: { db: Database; ids?: string[] }) {
  const rows = await (ids ? db.select(sourceColumns).from(sources).where(inArray(sources.id, ids)) : db.select(sourceColumns).from(sources)).orderBy(
    asc(sources.name),
  );
  if (rows.length === 0) return [];
  const sourceIds = rows.map((row) => row.id);
  const counts = await db
    .select({ sourceId: callSources.sourceId, calls: count() })
    .from(callSources)
    .where(inArray(callSources.sourceId, sourceIds))
    .groupBy(callSources.sourceId);
  const runs = await db
    .select(runColumns)
    .from(sourceRuns)
    .where(inArray(sourceRuns.sourceId, sourceIds))
    .orderBy(desc(sourceRuns.startedAt))
    .limit(sourceIds.length * 20);
  const callCount = new Map(counts.map((row) => [row.sourceId, row.calls]));
  return rows.map(({ etag: _etag, lastModified: _lastModified, ...source }) => {
    const own = runs.filter((run) => run.sourceId === source.id);
    const lastError = own.find((run) => run.status === 'error' || run.status === 'interrupted');
    const lastSuccess = own.find((run) => run.status === 'ok');
    return {
      ...source,
      callCount: callCount.get(source.id) ?? 0,
      lastRun: own[0] ? toRun(own[0]) : null,
      lastSuccessAt: lastSuccess?.finishedAt ?? null,
      lastError:
        lastError && (!lastSuccess || lastError.startedAt > lastSuccess.startedAt)
          ? { code: lastError.errorCode ?? 'error', message: lastError.errorMessage ?? '', at: lastError.finishedAt ?? lastError.startedAt }
          : null,
    };
  });
}

export type SourceSummary = Awaited<ReturnType<typeof listSources>>[number];

export async function getSourceSummary({ db, id }: { db: Database; id: string }): Promise<SourceSummary> {
  const [source] = await listSources({ db, ids: [id] });
  if (!source) throw new NotFoundError('Source not found.');
  return source;
}

/** The row a run needs, validators included. */
export async function getSourceForRun({ db, id }: { db: Database; id: string }) {
  const [source] = await db.select().from(sources).where(eq(sources.id, id)).limit(1);
  if (!source) throw new NotFoundError('Source not found.');
  return source;
}
