import cron, { type ScheduledTask } from 'node-cron';
import type { Database } from '@cni/db';
import type { Job, JobDeps } from './job.ts';
import { heartbeatJob } from './scheduled/heartbeat.ts';

export const defaultJobs: Job[] = [heartbeatJob];

export interface Scheduler {
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  db: Database;
  jobs?: Job[];
  now?: () => Date;
  log?: (message: string) => void;
}

async function runJob(job: Job, deps: JobDeps): Promise<void> {
  try {
    await job.run(deps);
  } catch (error) {
    deps.log(`job ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Wires each job to node-cron. A job never overlaps itself, and a failing job is logged and retried at its
 * next tick instead of taking the process down. Each job also runs once at start so its effect is visible at once.
 */
export function startScheduler({ db, jobs = defaultJobs, now = () => new Date(), log = console.log }: SchedulerOptions): Scheduler {
  const deps: JobDeps = { db, now, log };
  const invalid = jobs.find((job) => !cron.validate(job.schedule));
  if (invalid) throw new Error(`Job ${invalid.name}: invalid schedule "${invalid.schedule}"`);
  const tasks: ScheduledTask[] = [];
  for (const job of jobs) {
    tasks.push(
      cron.schedule(job.schedule, () => runJob(job, deps), {
        name: job.name,
        noOverlap: true,
        timezone: 'Europe/Athens',
      }),
    );
  }
  const firstRuns = Promise.all(jobs.map((job) => runJob(job, deps)));
  return {
    async stop() {
      for (const task of tasks) await task.destroy();
      await firstRuns;
    },
  };
}
