export type { Job, JobDeps } from './job.ts';
export { startScheduler, defaultJobs, type Scheduler, type SchedulerOptions } from './scheduler.ts';
export { heartbeatJob } from './scheduled/heartbeat.ts';
export { runSource, type RunSourceDeps, type RunSourceResult } from './ingest/run-source.ts';
export { createIngestServices, validateSourceFields, fixturesRoot, type IngestServices } from './ingest/ingest-services.ts';
export { seedDemoCalls } from './demo/seed-demo-calls.ts';
export { startFixtureServer } from './demo/fixture-server.ts';
export { alertJobs, savedSearchAlertsJob, callRevisionAlertsJob, weeklyDigestJob, outboxSenderJob, buildWeeklyDigests, sendPendingMail, digestSlot, isoWeekName, type MailSettings, type SmtpSettings } from './alerts/index.ts';
