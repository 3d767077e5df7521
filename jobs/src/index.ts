export type { Job, JobDeps } from './job.ts';
export { startScheduler, defaultJobs, type Scheduler, type SchedulerOptions } from './scheduler.ts';
export { heartbeatJob } from './scheduled/heartbeat.ts';
