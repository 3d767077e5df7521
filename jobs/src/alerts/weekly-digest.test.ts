import { createNotifications, listOutbox, trackCall, type Ctx } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCall, addUser } from './alerts-test-data.ts';
import { outboxSenderJob } from './outbox-sender.ts';
import { startSmtpTestServer, type SmtpTestServer } from './smtp-test-server.ts';
import { weeklyDigestJob } from './weekly-digest.ts';

// Monday 23 November 2026, 08:00 in Athens (EET, UTC+2).
const monday = new Date('2026-11-23T06:00:00.000Z');
const day = 24 * 60 * 60 * 1000;
const from = 'CNI Funding Workspace <funding@cni.example.gr>';

describe('weekly digest job', () => {
  let handle: TempDb;
  let maria: Ctx;
  let smtp: SmtpTestServer | undefined;
  const logs: string[] = [];
  const deps = (now: Date, mail?: { smtpUrl?: string; from?: string; publicUrl?: string }) => ({
    db: handle.db,
    now: () => now,
    log: (message: string) => logs.push(message),
    ...(mail ? { mail } : {}),
  });

  beforeEach(async () => {
    handle = await createTempDb();
    logs.length = 0;
    maria = await addUser(handle.db, 'maria@example.gr');
    await addUser(handle.db, 'idle@example.gr');
    const editor = await addUser(handle.db, 'editor@example.gr', 'liaison');
    const soon = await addCall(editor, new Date(monday.getTime() - 20 * day), { title: 'AMIF 2027', deadline: '2026-12-01T16:00:00.000Z' });
    const far = await addCall(editor, new Date(monday.getTime() - 20 * day), { title: 'Far away', deadline: '2027-06-01T16:00:00.000Z' });
    await trackCall({ ctx: maria, callId: soon.id, now: new Date(monday.getTime() - 10 * day) });
    await trackCall({ ctx: maria, callId: far.id, now: new Date(monday.getTime() - 10 * day) });
    await createNotifications({
      db: handle.db,
      rows: [{ userId: maria.actor.userId, kind: 'call-revised', title: 'Deadline extended: AMIF 2027', link: `/calls/${soon.id}`, dedupeKey: 'x' }],
      now: new Date(monday.getTime() - 2 * day),
    });
  });
  afterEach(async () => {
    await smtp?.close();
    smtp = undefined;
    handle.destroy();
  });

  it('keeps one digest per user and week in the outbox when no SMTP is configured, only for users with news', async () => {
    await weeklyDigestJob.run(deps(new Date(monday.getTime() + 30_000), { publicUrl: 'https://cni.example.gr' }));
    await weeklyDigestJob.run(deps(new Date(monday.getTime() + 3_600_000), { publicUrl: 'https://cni.example.gr' }));

    const outbox = await listOutbox({ db: handle.db });
    expect(outbox).toHaveLength(1);
    const [mail] = outbox;
    expect(mail).toMatchObject({ userId: maria.actor.userId, toAddress: 'maria@example.gr', sentAt: null, error: null });
    expect(mail!.subject).toContain('2026-W48');
    expect(mail!.bodyText).toContain('Deadline extended: AMIF 2027');
    // The deadline 8 days ahead is listed in Athens time (16:00 UTC = 18:00 EET); the one in June is not.
    expect(mail!.bodyText).toContain('Τρίτη 1 Δεκεμβρίου 2026 στις 18:00: AMIF 2027');
    expect(mail!.bodyText).not.toContain('Far away');
    expect(mail!.bodyText).toContain('https://cni.example.gr/calls/');
  });

  it('does not mail a "weekly" digest when the process starts later in the week', async () => {
    await weeklyDigestJob.run(deps(new Date(monday.getTime() + 3 * day)));
    expect(await listOutbox({ db: handle.db })).toEqual([]);
  });

  it('sends the digest through SMTP and records when, sending it only once', async () => {
    smtp = await startSmtpTestServer();
    await weeklyDigestJob.run(deps(new Date(monday.getTime() + 30_000), { smtpUrl: smtp.url, from }));
    await outboxSenderJob.run(deps(new Date(monday.getTime() + 300_000), { smtpUrl: smtp.url, from }));

    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]).toMatchObject({ from: 'funding@cni.example.gr', to: ['maria@example.gr'] });
    expect(smtp.mails[0]!.data).toMatch(/^Subject: /m);
    const [mail] = await listOutbox({ db: handle.db });
    expect(mail).toMatchObject({ sentAt: new Date(monday.getTime() + 30_000).toISOString(), error: null });
  });

  it('records a refused delivery, keeps the mail pending, and sends it on a later run', async () => {
    smtp = await startSmtpTestServer({ rejectRecipients: ['maria@example.gr'] });
    await weeklyDigestJob.run(deps(new Date(monday.getTime() + 30_000), { smtpUrl: smtp.url, from }));
    const [failed] = await listOutbox({ db: handle.db });
    expect(failed).toMatchObject({ sentAt: null });
    expect(failed!.error).toMatch(/550/);
    expect(logs.some((line) => line.includes('not sent'))).toBe(true);
    await smtp.close();

    smtp = await startSmtpTestServer();
    await outboxSenderJob.run(deps(new Date(monday.getTime() + 300_000), { smtpUrl: smtp.url, from }));
    expect(smtp.mails.map((mail) => mail.to)).toEqual([['maria@example.gr']]);
    const [sent] = await listOutbox({ db: handle.db });
    expect(sent).toMatchObject({ sentAt: new Date(monday.getTime() + 300_000).toISOString(), error: null });
  });

  it('leaves the outbox alone without SMTP', async () => {
    await weeklyDigestJob.run(deps(new Date(monday.getTime() + 30_000)));
    await outboxSenderJob.run(deps(new Date(monday.getTime() + 300_000)));
    expect(await listOutbox({ db: handle.db })).toMatchObject([{ sentAt: null, error: null }]);
  });
});
