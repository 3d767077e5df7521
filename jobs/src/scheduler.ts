import cron, { type ScheduledTask } from 'node-cron';
import type { Database } from '@cni/db';
import type { RunSourceDeps } from './ingest/run-source.ts';
import type { Job, JobDeps } from './job.ts';
import { alertJobs } from './alerts/index.ts';
import type { MailSettings } from './alerts/mail-settings.ts';
import { createNightlyBackupJob, type BackupSettings } from './backup/nightly-backup.ts';
import { fullRematchJob } from './matching/full-rematch.ts';
import { heartbeatJob } from './scheduled/heartbeat.ts';
import { createSourceScheduler } from './scheduled/source-scheduler.ts';

export const defaultJobs: Job[] = [heartbeatJob, ...alertJobs, fullRematchJob];

export interface Scheduler {
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  db: Database;
  jobs?: Job[];
  now?: () => Date;
  log?: (message: string) => void;
  /** When given, every enabled source is collected on its own schedule. */
  sources?: Omit<RunSourceDeps, 'db' | 'now'>;
  /** SMTP and link settings for the mail jobs; without them mail stays in the outbox. */
  mail?: MailSettings;
  /** Where nightly backups go and how many are kept; without it no backup job runs (a libSQL server has its own). */
  backup?: BackupSettings;
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
export function startScheduler({ db, jobs = defaultJobs, now = () => new Date(), log = console.log, sources, mail, backup }: SchedulerOptions): Scheduler {
  const deps: JobDeps = { db, now, log, ...(mail ? { mail } : {}) };
  const sourceScheduler = sources ? createSourceScheduler({ ...sources, db, now, log }) : undefined;
  const withBackup = backup ? [...jobs, createNightlyBackupJob(backup)] : jobs;
  // Sources are edited in the UI while the product runs; a minute is soon enough for a new schedule to apply.
  const allJobs: Job[] = sourceScheduler
    ? [...withBackup, { name: 'source-sync', schedule: '* * * * *', run: () => sourceScheduler.sync() }]
    : withBackup;
  const invalid = allJobs.find((job) => !cron.validate(job.schedule));
  if (invalid) throw new Error(`Job ${invalid.name}: invalid schedule "${invalid.schedule}"`);
  const tasks: ScheduledTask[] = allJobs.map((job) =>
    cron.schedule(job.schedule, () => runJob(job, deps), { name: job.name, noOverlap: true, timezone: 'Europe/Athens' }),
  );
  const firstRuns = Promise.all(allJobs.map((job) => runJob(job, deps)));
  return {
    async stop() {
      for (const task of tasks) await task.destroy();
      await firstRuns;
      await sourceScheduler?.stop();
    },
  };
}
