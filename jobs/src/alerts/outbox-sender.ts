import type { Job } from '../job.ts';
import { sendPendingMail } from './send-mail.ts';

/** Sends what waits in the outbox every five minutes, retrying failures; does nothing without SMTP. */
export const outboxSenderJob: Job = {
  name: 'outbox-sender',
  schedule: '*/5 * * * *',
  async run({ db, now, log, mail }) {
    if (!mail?.smtpUrl || !mail.from) return;
    await sendPendingMail({ db, now, log, smtp: { smtpUrl: mail.smtpUrl, from: mail.from } });
  },
};
