import type { Job } from '../job.ts';
import { callRevisionAlertsJob } from './call-revision-alerts.ts';
import { savedSearchAlertsJob } from './saved-search-alerts.ts';
import { outboxSenderJob } from './outbox-sender.ts';
import { weeklyDigestJob } from './weekly-digest.ts';

/** The alert jobs: new calls for saved searches, changes of followed calls, the weekly digest and its delivery. */
export const alertJobs: Job[] = [savedSearchAlertsJob, callRevisionAlertsJob, weeklyDigestJob, outboxSenderJob];

export { savedSearchAlertsJob, callRevisionAlertsJob, weeklyDigestJob, outboxSenderJob };
export { buildWeeklyDigests } from './weekly-digest.ts';
export { sendPendingMail, type SmtpSettings } from './send-mail.ts';
export { digestSlot, isoWeekName } from './digest-week.ts';
export type { MailSettings } from './mail-settings.ts';
