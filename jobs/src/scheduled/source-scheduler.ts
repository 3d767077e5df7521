import cron, { type ScheduledTask } from 'node-cron';
import { lastRunStartedAt, listEnabledSources, markInterruptedRuns, releaseDeadLeases } from '@cni/db';
import { runSource, type RunSourceDeps } from '../ingest/run-source.ts';

interface ScheduledSource {
  schedule: string;
  task: ScheduledTask;
}

export interface SourceScheduler {
  /** Re-reads the sources table: new, changed, disabled and deleted sources take effect. */
  sync(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs each enabled source on its own cron schedule (Europe/Athens). Every process sharing the database may
 * run this: the source lease plus the "already ran since this tick" check make each tick run once in all.
 */
export function createSourceScheduler(deps: RunSourceDeps & { log: (message: string) => void }): SourceScheduler {
  const scheduled = new Map<string, ScheduledSource>();
  const running = new Set<Promise<unknown>>();

  function schedule(sourceId: string, expression: string, name: string): ScheduledTask {
    return cron.schedule(
      expression,
      async (context) => {
        const tick = new Date(Math.floor(context.date.getTime() / 1000) * 1000).toISOString();
        const isDue = async () => {
          const last = await lastRunStartedAt({ db: deps.db, sourceId });
          return last === null || last < tick;
        };
        const work = runSource(deps, sourceId, { isDue })
          .then((result) => {
            if (result.outcome === 'ran' && result.run.status !== 'ok') {
              deps.log(`source "${name}" failed: ${result.run.error?.code} ${result.run.error?.message}`);
            }
          })
          .catch((error: unknown) => deps.log(`source "${name}" could not run: ${error instanceof Error ? error.message : String(error)}`));
        running.add(work);
        await work;
        running.delete(work);
      },
      { name: `source:${sourceId}`, noOverlap: true, timezone: 'Europe/Athens' },
    );
  }

  return {
    async sync() {
      // A process of this host that died mid-run left its lease: free it, then its run reads as interrupted.
      await releaseDeadLeases({ db: deps.db, now: deps.now() });
      await markInterruptedRuns({ db: deps.db, now: deps.now() });
      const sources = (await listEnabledSources({ db: deps.db })).filter((source) => source.kind !== 'manual');
      const wanted = new Map(sources.map((source) => [source.id, source]));
      for (const [id, entry] of scheduled) {
        if (wanted.get(id)?.schedule !== entry.schedule) {
          await entry.task.destroy();
          scheduled.delete(id);
        }
      }
      for (const source of sources) {
        if (scheduled.has(source.id)) continue;
        if (!cron.validate(source.schedule)) {
          deps.log(`source "${source.name}" has an invalid schedule "${source.schedule}"; not scheduled`);
          continue;
        }
        scheduled.set(source.id, { schedule: source.schedule, task: schedule(source.id, source.schedule, source.name) });
      }
    },
    async stop() {
      for (const entry of scheduled.values()) await entry.task.destroy();
      scheduled.clear();
      await Promise.allSettled([...running]);
    },
  };
}
