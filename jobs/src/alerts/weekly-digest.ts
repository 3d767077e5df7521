import { enqueueMail, listDigestRecipients, listTrackedDeadlines, listUnreadNotificationsSince } from '@cni/db';
import type { Job, JobDeps } from '../job.ts';
import { buildDigestText, digestSubject } from './digest-text.ts';
import { digestSlot } from './digest-week.ts';
import { sendPendingMail } from './send-mail.ts';

const dayMs = 24 * 60 * 60 * 1000;
// The scheduler also runs every job once at start: a process that was down on Monday morning still sends the
// week's digest that day, but one started later in the week does not mail people a "weekly" digest mid-week.
const catchUpMs = dayMs;
const upcomingMs = 30 * dayMs;

/** Puts each user's digest for the current week in the outbox; returns how many were added. */
export async function buildWeeklyDigests({ db, now, mail }: Pick<JobDeps, 'db' | 'now' | 'mail'>): Promise<number> {
  const at = now();
  const slot = digestSlot(at);
  if (at.getTime() - slot.start.getTime() > catchUpMs) return 0;
  const since = new Date(slot.start.getTime() - 7 * dayMs).toISOString();
  const until = new Date(at.getTime() + upcomingMs).toISOString();
  let added = 0;
  for (const user of await listDigestRecipients({ db })) {
    const notifications = await listUnreadNotificationsSince({ db, userId: user.id, since });
    const deadlines = await listTrackedDeadlines({ db, userId: user.id, from: at.toISOString(), to: until });
    // Nothing to tell is no reason to write.
    if (notifications.length === 0 && deadlines.length === 0) continue;
    const bodyText = buildDigestText({
      name: user.name,
      week: slot.week,
      notifications,
      deadlines,
      ...(mail?.publicUrl ? { publicUrl: mail.publicUrl } : {}),
    });
    const mailAdded = await enqueueMail({
      db,
      mail: { userId: user.id, toAddress: user.email, subject: digestSubject(slot.week), bodyText, dedupeKey: `digest:${user.id}:${slot.week}` },
      now: at,
    });
    if (mailAdded) added += 1;
  }
  return added;
}

/** Monday 08:00 in Athens: each user's weekly digest, mailed at once when SMTP is configured. */
export const weeklyDigestJob: Job = {
  name: 'weekly-digest',
  schedule: '0 8 * * 1',
  async run({ db, now, log, mail }) {
    const added = await buildWeeklyDigests({ db, now, mail });
    if (added > 0) log(`weekly digest: ${added} mail(s) added to the outbox`);
    if (mail?.smtpUrl && mail.from) await sendPendingMail({ db, now, log, smtp: { smtpUrl: mail.smtpUrl, from: mail.from } });
  },
};
