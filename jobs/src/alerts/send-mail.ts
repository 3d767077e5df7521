import { randomUUID } from 'node:crypto';
import { acquireLease, listPendingMail, markMailFailed, markMailSent, releaseLease, type Database } from '@cni/db';
import nodemailer from 'nodemailer';

export interface SmtpSettings {
  smtpUrl: string;
  from: string;
}

// Mail older than this is stale (last week's digest); it stays in the outbox for admins but is not tried again.
const retryForMs = 7 * 24 * 60 * 60 * 1000;
// Longer than a whole run may take with the timeouts below, so a second process never sends the same mail.
const leaseMs = 30 * 60 * 1000;
const leaseName = 'outbox-sender';

export interface SendResult {
  sent: number;
  failed: number;
}

/**
 * Sends unsent outbox mail through SMTP, recording sent_at or the error for each. Several processes may share
 * the database, so one lease makes a single sender at a time; a mail that failed is tried again next run.
 */
export async function sendPendingMail({
  db,
  now,
  log,
  smtp,
}: {
  db: Database;
  now: () => Date;
  log: (message: string) => void;
  smtp: SmtpSettings;
}): Promise<SendResult> {
  const holder = randomUUID();
  if (!(await acquireLease({ db, name: leaseName, holder, ttlMs: leaseMs, now: now() }))) return { sent: 0, failed: 0 };
  const transport = nodemailer.createTransport({ url: smtp.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
  const result: SendResult = { sent: 0, failed: 0 };
  try {
    const pending = await listPendingMail({ db, since: new Date(now().getTime() - retryForMs).toISOString() });
    for (const mail of pending) {
      try {
        await transport.sendMail({ from: smtp.from, to: mail.toAddress, subject: mail.subject, text: mail.bodyText });
        await markMailSent({ db, id: mail.id, at: now() });
        result.sent += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await markMailFailed({ db, id: mail.id, error: message });
        log(`mail ${mail.id} to ${mail.toAddress} not sent: ${message}`);
        result.failed += 1;
      }
    }
  } finally {
    transport.close();
    await releaseLease({ db, name: leaseName, holder });
  }
  return result;
}
