import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announcements, announcementTargets, auditLog, calls, municipalities, notifications } from '../schema/index.ts';
import { seedDemoData, seedReferenceData } from '../seed/seed.ts';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { seedDemoAnnouncements } from './demo-announcements.ts';

describe('seedDemoAnnouncements', () => {
  let handle: TempDb;
  beforeEach(async () => {
    handle = await createTempDb();
    await seedReferenceData(handle.db);
    await seedDemoData(handle.db);
  });
  afterEach(() => handle.destroy());

  it('announces one official ESF+ call from the liaison to four cities, due in about six weeks', async () => {
    // Other demo data may bring calls of its own; the announcement brings exactly one.
    const rows = await handle.db.select().from(announcements).innerJoin(calls, eq(calls.id, announcements.callId));
    expect(rows).toHaveLength(1);
    const [{ announcements: announcement, calls: call }] = rows as [(typeof rows)[number]];
    expect(call).toMatchObject({ programme: 'esf-plus', official: true, origin: 'manual', language: 'el' });
    expect(announcement.message).toMatch(/ΕΚΤ\+/);
    const days = (Date.parse(call.deadline!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(40);
    expect(days).toBeLessThan(44);
    const targets = await handle.db
      .select({ slug: municipalities.slug })
      .from(announcementTargets)
      .innerJoin(municipalities, eq(municipalities.id, announcementTargets.municipalityId));
    expect(targets.map((target) => target.slug).sort()).toEqual(['athens', 'larissa', 'piraeus', 'thessaloniki']);
  });

  it('goes through the API’s verb: an audit row for the call and the announcement, and notifications', async () => {
    const actions = await handle.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorEmail, 'liaison@demo.cni.gr'));
    expect(actions.map((row) => row.action)).toEqual(['call.create', 'announcement.create']);
    // Four officers and one coordinator.
    expect(await handle.db.$count(notifications, eq(notifications.kind, 'announcement'))).toBe(5);
  });

  it('adds nothing when seeded again', async () => {
    const callsBefore = await handle.db.$count(calls);
    await seedDemoAnnouncements(handle.db);
    await seedDemoData(handle.db);
    expect(await handle.db.$count(announcements)).toBe(1);
    expect(await handle.db.$count(calls)).toBe(callsBefore);
  });
});
