import { listAuditEntries } from '@cni/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const day = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();

const esfCall = {
  title: 'ΕΚΤ+: Απασχόληση μεταναστών και προσφύγων στους δήμους',
  summary:
    'Χρηματοδότηση δήμων για συμβουλευτική απασχόλησης, κατάρτιση και μαθήματα ελληνικής γλώσσας, ώστε πρόσφυγες και μετανάστες να ενταχθούν στην αγορά εργασίας σε συνεργασία με τοπικούς εργοδότες.',
  programme: 'esf-plus',
  funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
  openingDate: inDays(-1),
  deadline: inDays(45),
  budgetCents: 500_000_000,
  maxGrantCents: 80_000_000,
  eligibleApplicants: ['municipalities'],
  themes: ['labour-market'],
  language: 'el',
};

describe('announcements', () => {
  let server: TestServer;
  let liaison: ApiClient;
  let coordinator: ApiClient;
  let athens: ApiClient;
  let larissa: ApiClient;
  let thessaloniki: ApiClient;

  beforeEach(async () => {
    server = await startTestServer();
    [liaison, coordinator, athens, larissa, thessaloniki] = await Promise.all([
      loggedInAs(server.url, 'liaison@demo.cni.gr'),
      loggedInAs(server.url, 'coordinator@demo.cni.gr'),
      loggedInAs(server.url, 'officer.athens@demo.cni.gr'),
      loggedInAs(server.url, 'officer.larissa@demo.cni.gr'),
      loggedInAs(server.url, 'officer.thessaloniki@demo.cni.gr'),
    ]);
  });
  afterEach(() => server.close());

  async function announce(targetMunicipalities: string[], call: Record<string, unknown> = esfCall, message = 'Νέα πρόσκληση ΕΚΤ+ για την απασχόληση.') {
    const response = await liaison.post('/api/announcements', { message, targetMunicipalities, call });
    expect(response.status).toBe(201);
    return response.body as { id: string; callId: string };
  }

  async function announcementNotifications(client: ApiClient, callId: string) {
    const response = await client.get('/api/notifications');
    expect(response.status).toBe(200);
    return response.body.filter((notification: { kind: string; link: string }) => notification.kind === 'announcement' && notification.link === `/calls/${callId}`);
  }

  describe('POST /api/announcements', () => {
    it('creates an official call and notifies the targeted officers and the coordinators, nobody else', async () => {
      const { id, callId } = await announce(['athens', 'larissa']);
      expect(id).toEqual(expect.any(String));

      const call = await athens.get(`/api/calls/${callId}`);
      expect(call.body).toMatchObject({ title: esfCall.title, official: true, programme: 'esf-plus', status: 'open' });
      const listed = await athens.get(`/api/calls?q=${encodeURIComponent('απασχόληση μεταναστών')}`);
      expect(listed.body.items.find((item: { id: string }) => item.id === callId)).toMatchObject({ official: true });

      for (const client of [athens, larissa, coordinator]) {
        expect(await announcementNotifications(client, callId)).toEqual([
          expect.objectContaining({ kind: 'announcement', title: esfCall.title, link: `/calls/${callId}`, readAt: null }),
        ]);
      }
      expect(await announcementNotifications(thessaloniki, callId)).toEqual([]);

      const audit = await listAuditEntries({ db: server.handle.db, entityId: id });
      expect(audit).toMatchObject([{ action: 'announcement.create', actorEmail: 'liaison@demo.cni.gr', details: { callId, targets: ['athens', 'larissa'] } }]);
    });

    it('reaches every officer when it names no municipality', async () => {
      const { callId } = await announce([]);
      for (const client of [athens, larissa, thessaloniki, coordinator]) expect(await announcementNotifications(client, callId)).toHaveLength(1);
      const list = await thessaloniki.get('/api/announcements');
      expect(list.body.find((item: { callId: string; call: { id: string } }) => item.call.id === callId)).toMatchObject({ targetMunicipalities: [] });
    });

    it('has the call matched to fitting needs like any other call', async () => {
      const { callId } = await announce(['athens']);
      await server.rematch.idle();
      const matches = await coordinator.get(`/api/calls/${callId}/matches`);
      expect(matches.status).toBe(200);
      expect(matches.body.length).toBeGreaterThan(0);
      expect(matches.body[0].score).toBeGreaterThanOrEqual(0.5);
    });

    it('refuses officers and coordinators (403), and an unknown municipality (400) before any call is created', async () => {
      for (const client of [athens, coordinator]) {
        const response = await client.post('/api/announcements', { message: 'x', targetMunicipalities: [], call: esfCall });
        expect(response.status).toBe(403);
        expectErrorShape(response.body);
      }
      const unknown = await liaison.post('/api/announcements', { message: 'x', targetMunicipalities: ['athens', 'atlantis'], call: esfCall });
      expect(unknown.status).toBe(400);
      expectErrorShape(unknown.body);
      expect(unknown.body.error.message).toContain('atlantis');
      const created = await server.handle.client.execute({ sql: 'SELECT id FROM calls WHERE title = ?', args: [esfCall.title] });
      expect(created.rows).toEqual([]);
    });

    it('refuses an opening date after the deadline (400)', async () => {
      const response = await liaison.post('/api/announcements', { message: 'x', call: { ...esfCall, openingDate: inDays(50) } });
      expect(response.status).toBe(400);
      expectErrorShape(response.body);
    });
  });

  describe('GET /api/announcements', () => {
    it('shows officers only what is for their municipality or for everyone, newest first, with the call', async () => {
      const forAthens = await announce(['athens', 'larissa']);
      const forAll = await announce([], { ...esfCall, title: 'AMIF: Κέντρα Ένταξης Μεταναστών', programme: 'amif' }, 'Για όλους τους δήμους.');

      // The demo seed has an announcement of its own; these are the test's.
      const ours = (response: { body: Array<{ id: string }> }) => response.body.filter((item) => [forAll.id, forAthens.id].includes(item.id));
      const athensList = await athens.get('/api/announcements');
      expect(athensList.status).toBe(200);
      expect(ours(athensList).map((item) => item.id)).toEqual([forAll.id, forAthens.id]);
      expect(ours(athensList)[1]).toMatchObject({
        message: 'Νέα πρόσκληση ΕΚΤ+ για την απασχόληση.',
        author: { name: expect.any(String) },
        call: { id: forAthens.callId, title: esfCall.title, programme: 'esf-plus', status: 'open', budgetCents: 500_000_000 },
        targetMunicipalities: [
          { slug: 'athens', name: 'Athens', nameEl: 'Αθήνα' },
          { slug: 'larissa', name: 'Larissa', nameEl: 'Λάρισα' },
        ],
        openedByMe: false,
      });
      const thessalonikiList = await thessaloniki.get('/api/announcements');
      expect(ours(thessalonikiList).map((item) => item.id)).toEqual([forAll.id]);
      expect(ours(await coordinator.get('/api/announcements')).map((item) => item.id)).toEqual([forAll.id, forAthens.id]);
    });

    it('keeps only announcements of open or forthcoming calls with active=true', async () => {
      const live = await announce(['athens']);
      const past = await announce(['athens'], { ...esfCall, title: 'Παλιά πρόσκληση', openingDate: inDays(-60), deadline: inDays(-1) });
      const ids = (response: { body: Array<{ id: string }> }) => response.body.map((item) => item.id);
      expect(ids(await athens.get('/api/announcements'))).toEqual(expect.arrayContaining([live.id, past.id]));
      const active = ids(await athens.get('/api/announcements?active=true'));
      expect(active).toContain(live.id);
      expect(active).not.toContain(past.id);
    });
  });

  describe('opening and reach', () => {
    it('records the first opening once and shows it in the reach with the officer’s name', async () => {
      const { id } = await announce(['athens', 'larissa']);
      expect((await athens.post(`/api/announcements/${id}/opened`)).status).toBe(204);
      expect((await athens.post(`/api/announcements/${id}/opened`)).status).toBe(204);
      const opens = await server.handle.client.execute({ sql: 'SELECT * FROM announcement_opens WHERE announcement_id = ?', args: [id] });
      expect(opens.rows).toHaveLength(1);
      const audit = await listAuditEntries({ db: server.handle.db, entityId: id });
      expect(audit.filter((entry) => entry.action === 'announcement.open')).toHaveLength(1);

      const listed = await athens.get('/api/announcements');
      expect(listed.body.find((item: { id: string }) => item.id === id).openedByMe).toBe(true);
      const me = await athens.get('/api/me');
      const reach = await liaison.get(`/api/announcements/${id}/reach`);
      expect(reach.status).toBe(200);
      expect(reach.body).toEqual({
        announcementId: id,
        municipalities: [
          { municipality: { slug: 'athens', name: 'Athens', nameEl: 'Αθήνα' }, openedAt: expect.any(String), openedBy: [{ name: me.body.name }], proposals: [] },
          { municipality: { slug: 'larissa', name: 'Larissa', nameEl: 'Λάρισα' }, openedAt: null, openedBy: [], proposals: [] },
        ],
      });
    });

    it('does not let an officer open what is not for them (404) nor see the reach (403)', async () => {
      const { id } = await announce(['athens']);
      const foreign = await thessaloniki.post(`/api/announcements/${id}/opened`);
      expect(foreign.status).toBe(404);
      expectErrorShape(foreign.body);
      expect((await athens.get(`/api/announcements/${id}/reach`)).status).toBe(403);
      expect((await coordinator.get(`/api/announcements/${id}/reach`)).status).toBe(200);
      expect((await liaison.get('/api/announcements/no-such-id/reach')).status).toBe(404);
    });

    it('lists every member municipality for an untargeted announcement', async () => {
      const { id } = await announce([]);
      const reach = await coordinator.get(`/api/announcements/${id}/reach`);
      expect(reach.body.municipalities).toHaveLength(18);
    });

    it('shows a proposal started for the call under its lead and its partners', async () => {
      const { id, callId } = await announce(['athens', 'larissa', 'thessaloniki']);
      const proposal = await athens.post('/api/proposals', {
        title: 'Συμβουλευτική απασχόλησης για πρόσφυγες',
        callId,
        leadMunicipality: 'athens',
        partnerMunicipalities: ['larissa'],
        template: 'esf-plus',
        needIds: [],
      });
      expect(proposal.status).toBe(201);
      const reach = await liaison.get(`/api/announcements/${id}/reach`);
      const bySlug = Object.fromEntries(reach.body.municipalities.map((row: { municipality: { slug: string } }) => [row.municipality.slug, row]));
      const expected = [{ id: proposal.body.id, title: 'Συμβουλευτική απασχόλησης για πρόσφυγες', status: 'idea' }];
      expect(bySlug.athens.proposals).toEqual(expected);
      expect(bySlug.larissa.proposals).toEqual(expected);
      expect(bySlug.thessaloniki.proposals).toEqual([]);
    });
  });
});
