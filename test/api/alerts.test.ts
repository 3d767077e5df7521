import { callRevisionAlertsJob, digestSlot, savedSearchAlertsJob, weeklyDigestJob } from '@cni/jobs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const day = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();
/** Notifications of the alert jobs under test, leaving out the matcher's 'new-match' ones. */
// What the alert jobs raise; the demo seed's announcement and the matcher's notifications are not theirs.
const isAlert = (notification: { kind: string }) => notification.kind === 'saved-search' || notification.kind === 'call-revised';

const announcement = (title: string, overrides: Record<string, unknown> = {}) => ({
  title,
  summary: 'Πρόσκληση της Διεύθυνσης Κοινωνικής Ένταξης προς τους δήμους.',
  programme: 'amif',
  deadline: inDays(10),
  eligibleApplicants: ['municipalities'],
  themes: ['labour-market'],
  ...overrides,
});

describe('alerts', () => {
  let server: TestServer;
  let officer: ApiClient;
  let other: ApiClient;
  let liaison: ApiClient;
  const runJobs = async () => {
    const deps = { db: server.handle.db, now: () => new Date(), log: () => {} };
    await savedSearchAlertsJob.run(deps);
    await callRevisionAlertsJob.run(deps);
  };

  beforeEach(async () => {
    server = await startTestServer();
    officer = await loggedInAs(server.url, 'officer.larissa@demo.cni.gr');
    other = await loggedInAs(server.url, 'officer.trikala@demo.cni.gr');
    liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
  });
  afterEach(() => server.close());

  describe('saved searches', () => {
    it('creates, lists and deletes my saved search, storing dates in UTC', async () => {
      const created = await officer.post('/api/saved-searches', {
        name: 'AMIF για δήμους',
        query: { q: 'ένταξη', programme: 'amif', applicant: 'municipalities', minBudget: 10_000_000, deadlineFrom: '2027-01-01T00:00:00+02:00' },
      });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        name: 'AMIF για δήμους',
        query: { q: 'ένταξη', programme: 'amif', applicant: 'municipalities', minBudget: 10_000_000, deadlineFrom: '2026-12-31T22:00:00.000Z' },
        notify: true,
        createdAt: expect.any(String),
      });
      expect((await officer.get('/api/saved-searches')).body).toEqual([created.body]);
      expect((await officer.delete(`/api/saved-searches/${created.body.id}`)).status).toBe(204);
      expect((await officer.get('/api/saved-searches')).body).toEqual([]);
      expect((await officer.delete(`/api/saved-searches/${created.body.id}`)).status).toBe(404);
    });

    it('keeps my saved search from another user: not listed, not deletable (404)', async () => {
      const created = await officer.post('/api/saved-searches', { name: 'Mine', query: {} });
      expect((await other.get('/api/saved-searches')).body).toEqual([]);
      const refused = await other.delete(`/api/saved-searches/${created.body.id}`);
      expect(refused.status).toBe(404);
      expectErrorShape(refused.body);
      expect((await officer.get('/api/saved-searches')).body).toHaveLength(1);
    });

    it('validates the name and every key of the query (400)', async () => {
      for (const body of [
        { name: '', query: {} },
        { name: 'x'.repeat(121), query: {} },
        { name: 'x', query: { sort: 'newest' } },
        { name: 'x', query: { programme: 'lottery' } },
        { name: 'x', query: { minBudget: -1 } },
        { name: 'x', query: { deadlineFrom: '31/03/2027' } },
        { name: 'x', query: { theme: 'Not A Slug' } },
        { name: 'x' },
      ]) {
        const response = await officer.post('/api/saved-searches', body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expectErrorShape(response.body);
      }
      expect((await officer.post('/api/saved-searches', { name: 'x'.repeat(120), query: {} })).status).toBe(201);
    });

    it('refuses a 51st saved search (409)', async () => {
      for (let index = 0; index < 50; index++) {
        expect((await officer.post('/api/saved-searches', { name: `Search ${index}`, query: {} })).status).toBe(201);
      }
      const refused = await officer.post('/api/saved-searches', { name: 'One more', query: {} });
      expect(refused.status).toBe(409);
      expectErrorShape(refused.body);
    });
  });

  describe('tracked calls', () => {
    it('follows and unfollows a call idempotently, and answers 404 for an unknown call', async () => {
      const call = (await liaison.post('/api/calls', announcement('Κέντρα Ένταξης Μεταναστών'))).body;
      expect((await officer.put(`/api/calls/${call.id}/track`)).status).toBe(204);
      expect((await officer.put(`/api/calls/${call.id}/track`)).status).toBe(204);
      expect((await officer.get('/api/tracked-calls')).body).toEqual([
        { callId: call.id, title: 'Κέντρα Ένταξης Μεταναστών', deadline: call.deadline, status: 'open' },
      ]);
      expect((await other.get('/api/tracked-calls')).body).toEqual([]);

      expect((await officer.delete(`/api/calls/${call.id}/track`)).status).toBe(204);
      expect((await officer.delete(`/api/calls/${call.id}/track`)).status).toBe(204);
      expect((await officer.get('/api/tracked-calls')).body).toEqual([]);

      for (const response of [await officer.put('/api/calls/no-such-call/track'), await officer.delete('/api/calls/no-such-call/track')]) {
        expect(response.status).toBe(404);
        expectErrorShape(response.body);
      }
    });
  });

  describe('notifications', () => {
    it('shows what the jobs found once, even when they run twice', async () => {
      await officer.post('/api/saved-searches', { name: 'AMIF', query: { programme: 'amif' } });
      const amif = (await liaison.post('/api/calls', announcement('AMIF: ένταξη στην αγορά εργασίας'))).body;
      await liaison.post('/api/calls', announcement('ESF+: στέγαση', { programme: 'esf-plus' }));
      await officer.put(`/api/calls/${amif.id}/track`);
      await liaison.patch(`/api/calls/${amif.id}`, { deadline: inDays(40) });

      await runJobs();
      await runJobs();

      const notifications = await officer.get('/api/notifications');
      expect(notifications.status).toBe(200);
      // The matcher may also announce these calls to the officer's needs ('new-match'); not this test's concern.
      expect(notifications.body.filter(isAlert).map((notification: { kind: string; title: string; link: string }) => [notification.kind, notification.title, notification.link]).sort()).toEqual([
        ['call-revised', 'Deadline extended: AMIF: ένταξη στην αγορά εργασίας', `/calls/${amif.id}`],
        ['saved-search', 'New call for “AMIF”: AMIF: ένταξη στην αγορά εργασίας', `/calls/${amif.id}`],
      ]);
      expect((await other.get('/api/notifications')).body.filter(isAlert)).toEqual([]);
    });

    it('marks one read (404 for someone else’s), filters unread, and marks all read', async () => {
      await officer.post('/api/saved-searches', { name: 'All', query: {} });
      await liaison.post('/api/calls', announcement('First'));
      await liaison.post('/api/calls', announcement('Second'));
      await runJobs();
      const [newest, older] = (await officer.get('/api/notifications')).body.filter(isAlert);
      expect(newest.readAt).toBeNull();

      const refused = await other.post(`/api/notifications/${newest.id}/read`);
      expect(refused.status).toBe(404);
      expectErrorShape(refused.body);
      expect((await officer.post('/api/notifications/no-such-id/read')).status).toBe(404);

      expect((await officer.post(`/api/notifications/${newest.id}/read`)).status).toBe(204);
      expect((await officer.get('/api/notifications?unread=true')).body.filter(isAlert).map((notification: { id: string }) => notification.id)).toEqual([older.id]);
      const all = (await officer.get('/api/notifications')).body;
      expect(all.find((notification: { id: string }) => notification.id === newest.id).readAt).toEqual(expect.any(String));

      expect((await officer.post('/api/notifications/read-all')).status).toBe(204);
      expect((await officer.get('/api/notifications?unread=true')).body).toEqual([]);
      expect((await officer.get('/api/notifications?unread=maybe')).status).toBe(400);
    });

    it('answers 401 without a session', async () => {
      const anonymous = new ApiClient(server.url);
      const response = await anonymous.get('/api/notifications');
      expect(response.status).toBe(401);
      expectErrorShape(response.body);
    });
  });

  describe('outbox', () => {
    it('keeps the weekly digest for admins to read when no SMTP is configured, and only admins', async () => {
      const call = (await liaison.post('/api/calls', announcement('Κέντρα Ένταξης Μεταναστών'))).body;
      await officer.put(`/api/calls/${call.id}/track`);
      // A minute after this week's Monday 08:00 in Athens, when the scheduler runs the digest.
      const digestTime = new Date(digestSlot(new Date()).start.getTime() + 60_000);
      await weeklyDigestJob.run({ db: server.handle.db, now: () => digestTime, log: () => {} });

      const admin = await loggedInAs(server.url, 'admin@demo.cni.gr');
      const outbox = await admin.get('/api/outbox');
      expect(outbox.status).toBe(200);
      const digest = outbox.body.find((mail: { toAddress: string }) => mail.toAddress === 'officer.larissa@demo.cni.gr');
      expect(digest).toMatchObject({ sentAt: null, error: null, subject: expect.stringContaining(digestSlot(digestTime).week) });
      expect(digest.bodyText).toContain('Κέντρα Ένταξης Μεταναστών');

      for (const client of [officer, liaison]) {
        const refused = await client.get('/api/outbox');
        expect(refused.status).toBe(403);
        expectErrorShape(refused.body);
      }
    });
  });
});
