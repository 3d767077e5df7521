import { randomUUID } from 'node:crypto';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { leases, sourceRuns } from '../schema/index.ts';

export const runColumns = {
  id: sourceRuns.id,
  sourceId: sourceRuns.sourceId,
  status: sourceRuns.status,
  fetched: sourceRuns.fetched,
  created: sourceRuns.created,
  updated: sourceRuns.updated,
  unchanged: sourceRuns.unchanged,
  errorCode: sourceRuns.errorCode,
  errorMessage: sourceRuns.errorMessage,
  startedAt: sourceRuns.startedAt,
  finishedAt: sourceRuns.finishedAt,
  durationMs: sourceRuns.durationMs,
};

export type RunRow = { [K in keyof typeof runColumns]: (typeof sourceRuns.$inferSelect)[K] };

/** The public shape of a run, as the contract names it. */
export function toRun(row: RunRow) {
  const { errorCode, errorMessage, ...rest } = row;
  return { ...rest, error: errorCode ? { code: errorCode, message: errorMessage ?? '' } : null };
}

export async function startRun({ db, sourceId, holder, now }: { db: Database; sourceId: string; holder: string; now: Date }) {
  const id = randomUUID();
  await db.insert(sourceRuns).values({ id, sourceId, status: 'running', holder, startedAt: now.toISOString() });
  return id;
}

export interface RunOutcome {
  status: 'ok' | 'error';
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  error: { code: string; message: string } | null;
}

export async function finishRun({ db, runId, outcome, now }: { db: Database; runId: string; outcome: RunOutcome; now: Date }) {
  const [run] = await db.select({ startedAt: sourceRuns.startedAt }).from(sourceRuns).where(eq(sourceRuns.id, runId));
  await db
    .update(sourceRuns)
    .set({
      status: outcome.status,
      fetched: outcome.fetched,
      created: outcome.created,
      updated: outcome.updated,
      unchanged: outcome.unchanged,
      errorCode: outcome.error?.code ?? null,
      errorMessage: outcome.error?.message.slice(0, 2000) ?? null,
      finishedAt: now.toISOString(),
      durationMs: run ? now.getTime() - Date.parse(run.startedAt) : null,
    })
    .where(eq(sourceRuns.id, runId));
  const [finished] = await db.select(runColumns).from(sourceRuns).where(eq(sourceRuns.id, runId));
  return toRun(finished!);
}

export async function listRuns({ db, sourceId, limit = 50 }: { db: Database; sourceId: string; limit?: number }) {
  const rows = await db
    .select(runColumns)
    .from(sourceRuns)
    .where(eq(sourceRuns.sourceId, sourceId))
    .orderBy(desc(sourceRuns.startedAt))
    .limit(limit);
  return rows.map(toRun);
}

/**
 * A run still marked running whose source lease has lapsed belongs to a process that died (killed, power
 * cut): mark it interrupted so the run log tells the truth.
 */
export async function markInterruptedRuns({ db, now }: { db: Database; now: Date }): Promise<number> {
  const result = await db
    .update(sourceRuns)
    .set({ status: 'interrupted', finishedAt: now.toISOString(), errorCode: 'interrupted', errorMessage: 'The process stopped during this run.' })
    .where(
      and(
        eq(sourceRuns.status, 'running'),
        lt(sourceRuns.startedAt, now.toISOString()),
        sql`NOT EXISTS (SELECT 1 FROM ${leases} WHERE ${leases.name} = 'source:' || ${sourceRuns.sourceId} AND ${leases.holder} = ${sourceRuns.holder} AND ${leases.expiresAt} > ${now.toISOString()})`,
      ),
    );
  return result.rowsAffected;
}

/** When the last run of the source started: a scheduled tick that finds a run since its own time is a repeat. */
export async function lastRunStartedAt({ db, sourceId }: { db: Database; sourceId: string }): Promise<string | null> {
  const [row] = await db
    .select({ startedAt: sourceRuns.startedAt })
    .from(sourceRuns)
    .where(eq(sourceRuns.sourceId, sourceId))
    .orderBy(desc(sourceRuns.startedAt))
    .limit(1);
  return row?.startedAt ?? null;
}
