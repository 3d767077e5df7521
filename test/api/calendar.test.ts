import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const announcement = (title: string, overrides: Record<string, unknown> = {}) => ({
  title,
  summary: 'Πρόσκληση προς τους δήμους.',
  programme: 'esf-plus',
  eligibleApplicants: ['municipalities'],
  ...overrides,
});

/** The content lines of an iCalendar body, with RFC 5545 folding undone. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('calendar and feeds', () => {
  let server: TestServer;
  let officer: ApiClient;
  let liaison: ApiClient;
  let calendarPath: string;
  beforeEach(async () => {
    server = await startTestServer({ env: { PUBLIC_URL: 'https://cni.example.gr' } });
    officer = await loggedInAs(server.url, 'officer.heraklion@demo.cni.gr');
    liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
    calendarPath = new URL((await officer.get('/api/me')).body.calendarUrl).pathname;
  });
  afterEach(() => server.close());

  describe('GET /calendar/:token.ics', () => {
    it('lists the deadlines of the calls I follow as Athens-time events, without a session and never cached', async () => {
      const withDeadline = (await liaison.post('/api/calls', announcement('Κέντρα Ένταξης Μεταναστών', { deadline: '2027-03-31T15:00:00+03:00' }))).body;
      const withoutDeadline = (await liaison.post('/api/calls', announcement('Διαρκής πρόσκληση'))).body;
      const notFollowed = (await liaison.post('/api/calls', announcement('Άλλη πρόσκληση', { deadline: '2027-05-01T12:00:00Z' }))).body;
      for (const call of [withDeadline, withoutDeadline]) await officer.put(`/api/calls/${call.id}/track`);

      const response = await fetch(server.url + calendarPath);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      const body = await response.text();
      expect(body.endsWith('END:VCALENDAR')).toBe(true);
      const lines = contentLines(body);
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(lines.some((line) => line.startsWith('X-WR-CALNAME:'))).toBe(true);
      expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
      // 12:00 UTC on 31 March 2027 is 15:00 in Athens, after the switch to summer time (EEST).
      expect(lines.filter((line) => line.startsWith('DTSTART;'))).toEqual(['DTSTART;TZID=Europe/Athens:20270331T150000']);
      expect(lines).toContain(`UID:call-${withDeadline.id}@cni-funding`);
      expect(lines).toContain('SUMMARY:Deadline: Κέντρα Ένταξης Μεταναστών');
      expect(lines).toContain(`URL;VALUE=URI:https://cni.example.gr/calls/${withDeadline.id}`);
      expect(body).not.toContain(notFollowed.id);
    });

    it('carries the deadlines and milestones of the proposals I draft, lead or partner, and no one else’s', async () => {
      const athens = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      const [proposal] = (await athens.get('/api/proposals')).body.filter((item: { leadMunicipality: { slug: string } }) => item.leadMunicipality.slug === 'athens');
      const patched = await athens.patch(`/api/proposals/${proposal.id}`, { version: proposal.version, deadline: '2027-01-20T13:00:00.000Z' });
      expect(patched.status).toBe(200);
      const milestone = await athens.post(`/api/proposals/${proposal.id}/milestones`, { title: 'Απόφαση δημοτικού συμβουλίου', dueAt: '2027-01-10T10:00:00.000Z' });
      expect(milestone.status).toBe(201);

      const calendarOf = async (email: string) => {
        const client = await loggedInAs(server.url, email);
        const path = new URL((await client.get('/api/me')).body.calendarUrl).pathname;
        return contentLines(await (await fetch(server.url + path)).text());
      };
      for (const email of ['officer.athens@demo.cni.gr', 'officer.thessaloniki@demo.cni.gr']) {
        const lines = await calendarOf(email);
        expect(lines).toContain(`UID:deadline-${proposal.id}@cni-funding`);
        expect(lines).toContain('DTSTART;TZID=Europe/Athens:20270120T150000');
        expect(lines).toContain('DTSTART;TZID=Europe/Athens:20270110T120000');
        expect(lines.some((line) => line.startsWith('SUMMARY:Milestone: Απόφαση δημοτικού συμβουλίου'))).toBe(true);
        expect(lines).toContain(`URL;VALUE=URI:https://cni.example.gr/proposals/${proposal.id}`);
      }
      expect((await calendarOf('officer.piraeus@demo.cni.gr')).join('\n')).not.toContain(proposal.id);
    });

    it('moves the event, under the same UID, when the deadline is extended', async () => {
      const call = (await liaison.post('/api/calls', announcement('Παράταση', { deadline: '2027-02-15T16:00:00Z' }))).body;
      await officer.put(`/api/calls/${call.id}/track`);
      await liaison.patch(`/api/calls/${call.id}`, { deadline: '2027-03-15T16:00:00Z' });
      const lines = contentLines(await (await fetch(server.url + calendarPath)).text());
      expect(lines).toContain(`UID:call-${call.id}@cni-funding`);
      expect(lines.filter((line) => line.startsWith('DTSTART;'))).toEqual(['DTSTART;TZID=Europe/Athens:20270315T180000']);
    });

    it('answers 404 for an unknown or malformed token', async () => {
      const token = calendarPath.slice('/calendar/'.length, -'.ics'.length);
      for (const path of ['/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics', `/calendar/${token}`, `/calendar/${token}.ics.bak`, '/calendar/x.ics']) {
        const response = await fetch(server.url + path);
        expect(response.status, path).toBe(404);
        expect((await response.json()).error.code).toBe('not_found');
      }
    });
  });

  describe('GET /feeds/calls.atom', () => {
    it('lists official calls only, newest first, as Atom', async () => {
      const first = (await liaison.post('/api/calls', announcement('Πρώτη επίσημη', { official: true }))).body;
      await liaison.post('/api/calls', announcement('Ανεπίσημη'));
      const second = (await liaison.post('/api/calls', announcement('Δεύτερη επίσημη & <νέα>', { official: true }))).body;

      const response = await fetch(`${server.url}/feeds/calls.atom`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const xml = await response.text();
      expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
      const ids = [...xml.matchAll(/<id>https:\/\/cni\.example\.gr\/calls\/([^<]+)<\/id>/g)].map((match) => match[1]);
      // Newest first: the two just announced lead, before the demo seed's announced call.
      expect(ids.slice(0, 2)).toEqual([second.id, first.id]);
      expect(xml).toContain('Δεύτερη επίσημη &amp; &lt;νέα&gt;');
      expect(xml).not.toContain('Ανεπίσημη');
    });

    it('carries the public lessons that fit each call, and never a municipality or network one', async () => {
      const lesson = (title: string, sharing: string) => ({
        proposalId: null,
        title,
        whatHappened: 'Η πρόσκληση ζητούσε βεβαίωση επιλεξιμότητας δαπανών για τους μισθούς του ΚΕΜ.',
        nextTime: 'Ζητήστε τη βεβαίωση από την οικονομική υπηρεσία ένα μήνα νωρίτερα.',
        programme: 'esf-plus',
        funder: null,
        themes: [],
        phase: 'eligibility',
        sharing,
      });
      for (const [title, sharing] of [['Δημόσιο δίδαγμα ΚΕΜ', 'public'], ['Δίδαγμα του δικτύου ΚΕΜ', 'network'], ['Δίδαγμα μόνο του Ηρακλείου ΚΕΜ', 'municipality']]) {
        expect((await officer.post('/api/lessons', lesson(title!, sharing!))).status).toBe(201);
      }
      const call = (await liaison.post('/api/calls', announcement('Στελέχωση Κέντρων Ένταξης Μεταναστών (ΚΕΜ)', { official: true }))).body;

      const xml = await (await fetch(`${server.url}/feeds/calls.atom`)).text();
      const entry = xml.split('<entry>').find((part) => part.includes(`/calls/${call.id}</id>`)) ?? '';
      expect(entry).toContain('Δημόσιο δίδαγμα ΚΕΜ');
      expect(xml).not.toContain('Δίδαγμα του δικτύου ΚΕΜ');
      expect(xml).not.toContain('Δίδαγμα μόνο του Ηρακλείου ΚΕΜ');
    });
  });
});
