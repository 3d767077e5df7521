import { randomUUID } from 'node:crypto';
import { analyseText, lessons, listAuditEntries, type SharingLevel } from '@cni/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const practice = {
  title: 'Σχολή γονέων για οικογένειες μεταναστών',
  municipality: 'trikala',
  summary: 'Συναντήσεις γονέων με εκπαιδευτικούς και διερμηνείς στα σχολεία των Τρικάλων.',
  body: '## Πώς\n\n- Μία συνάντηση τον μήνα\n- Με [διερμηνείς](https://www.example.gr/trikala/diermineis)',
  themes: ['municipal-services'],
  programme: 'amif',
  contacts: [{ name: 'Ελένη Δήμου', role: 'Κοινωνική λειτουργός', email: 'goneis.trikala@example.gr', phone: '+30 24310 00 000' }],
  links: [{ label: 'Πρόγραμμα συναντήσεων', url: 'https://www.example.gr/trikala/goneis' }],
};

/** The hostile Markdown of render-markdown.test.ts, in one body sent through the real API. */
const hostileBody = [
  '# Καλή πρακτική',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1)) [y](JaVaScRiPt:alert(2)) [z](&#106;avascript&#58;alert(3)) <javascript:alert(4)>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a> [e](data:text/html,x)',
  '<iframe src="https://evil.example.org"></iframe>',
  '<svg onload=alert(5)></svg>',
  '<p style="background:url(javascript:alert(6))">styled</p>',
  'Αυτόματοι σύνδεσμοι: <https://www.example.gr/a> και www.example.gr',
  '| Α | Β |\n| - | - |\n| <img src=y onerror=alert(7)> | ok |',
].join('\n\n');

const allowedTags = new Set(['p', 'br', 'h2', 'h3', 'h4', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

/** Every tag in the HTML string is allowlisted and carries only a safe href, its rel, or a cell alignment. */
function expectInertHtml(html: string) {
  for (const [, name, rest] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    expect(allowedTags, `<${name}> in ${html}`).toContain(name!.toLowerCase());
    for (const [, attribute, value] of rest!.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)) {
      expect(['href', 'rel', 'align']).toContain(attribute!.toLowerCase());
      if (attribute === 'href') expect(value).toMatch(/^(https?:\/\/|mailto:)/);
    }
  }
  expect(html).not.toMatch(/<(script|iframe|img|svg|style)\b/i);
  expect(html).not.toMatch(/<[^>]*\s(on[a-z]+|style|src)\s*=/i);
  expect(html).not.toMatch(/<[^>]*href="\s*(javascript|data):/i);
}

describe('good practices', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  beforeEach(async () => {
    server = await startTestServer();
    coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
  });
  afterEach(() => server.close());

  async function createPractice(body: Record<string, unknown> = {}) {
    const created = await coordinator.post('/api/good-practices', { ...practice, ...body });
    expect(created.status).toBe(201);
    return created.body;
  }

  describe('writing (coordination team)', () => {
    it('creates, edits and deletes a practice, each with an audit row', async () => {
      const created = await createPractice();
      expect(created).toMatchObject({
        title: practice.title,
        municipality: { slug: 'trikala', name: 'Trikala', nameEl: 'Τρίκαλα' },
        themes: ['municipal-services'],
        programme: 'amif',
        contacts: practice.contacts,
        links: practice.links,
        lessons: [],
        version: 1,
        canEdit: true,
      });
      expect(created.bodyHtml).toContain('<h2>Πώς</h2>');
      expect(created.bodyHtml).toContain('<a href="https://www.example.gr/trikala/diermineis" rel="noopener noreferrer nofollow">διερμηνείς</a>');

      const edited = await coordinator.patch(`/api/good-practices/${created.id}`, { version: 1, title: 'Σχολή γονέων', municipality: 'karditsa' });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ title: 'Σχολή γονέων', municipality: { slug: 'karditsa' }, version: 2, summary: practice.summary });

      const stale = await coordinator.patch(`/api/good-practices/${created.id}`, { version: 1, title: 'Παλιά φόρμα' });
      expect(stale.status).toBe(409);
      expectErrorShape(stale.body);
      expect((await coordinator.get(`/api/good-practices/${created.id}`)).body.title).toBe('Σχολή γονέων');

      expect((await coordinator.delete(`/api/good-practices/${created.id}`)).status).toBe(204);
      expect((await coordinator.get(`/api/good-practices/${created.id}`)).status).toBe(404);
      expect((await coordinator.delete(`/api/good-practices/${created.id}`)).status).toBe(404);

      const entries = await listAuditEntries({ db: server.handle.db, entityId: created.id });
      expect(entries.map((entry) => entry.action)).toEqual(['good_practice.delete', 'good_practice.update', 'good_practice.create']);
      expect(entries[1]?.details).toEqual({
        changes: { title: { from: practice.title, to: 'Σχολή γονέων' }, municipality: { from: 'trikala', to: 'karditsa' } },
        alsoChanged: [],
      });
    });

    it('refuses unsafe links, bad contacts, too much and unknown references (400)', async () => {
      const refusals = [
        { links: [{ label: 'x', url: 'javascript:alert(1)' }] },
        { links: [{ label: 'x', url: 'data:text/html,x' }] },
        { links: [{ label: 'x', url: 'ftp://www.example.gr/x' }] },
        { links: Array.from({ length: 21 }, (_, index) => ({ label: `l${index}`, url: `https://www.example.gr/${index}` })) },
        { contacts: [{ name: 'x', role: '', email: 'not-an-email', phone: '' }] },
        { contacts: Array.from({ length: 11 }, (_, index) => ({ name: `c${index}`, role: '', email: '', phone: '' })) },
        { body: 'α'.repeat(50_001) },
        { municipality: 'atlantis' },
        { themes: ['no-such-theme'] },
        { programme: 'lottery' },
        { title: '' },
      ];
      for (const refusal of refusals) {
        const response = await coordinator.post('/api/good-practices', { ...practice, ...refusal });
        expect(response.status, JSON.stringify(refusal).slice(0, 80)).toBe(400);
        expectErrorShape(response.body);
      }
      expect((await coordinator.post('/api/good-practices', { ...practice, body: 'α'.repeat(50_000) })).status).toBe(201);
    });

    it('lets officers and the liaison read practices but not write them (403)', async () => {
      const created = await createPractice();
      for (const email of ['officer.larissa@demo.cni.gr', 'liaison@demo.cni.gr']) {
        const member = await loggedInAs(server.url, email);
        const list = await member.get('/api/good-practices');
        expect(list.status).toBe(200);
        expect(list.body.items.map((item: { id: string }) => item.id)).toContain(created.id);
        const detail = await member.get(`/api/good-practices/${created.id}`);
        expect(detail.status).toBe(200);
        expect(detail.body.canEdit).toBe(false);
        for (const response of [
          await member.post('/api/good-practices', practice),
          await member.patch(`/api/good-practices/${created.id}`, { version: 1, title: 'Αλλαγή' }),
          await member.delete(`/api/good-practices/${created.id}`),
        ]) {
          expect(response.status).toBe(403);
          expectErrorShape(response.body);
        }
      }
      expect((await coordinator.get(`/api/good-practices/${created.id}`)).body).toMatchObject({ title: practice.title, version: 1 });
    });
  });

  describe('GET /api/good-practices', () => {
    it('finds a practice whatever the accents, case and inflection of the words, and highlights them', async () => {
      const created = await createPractice();
      for (const q of ['διερμηνείς', 'ΔΙΕΡΜΗΝΕΩΝ', 'διερμηνεας', 'Οικογένεια', 'ΜΕΤΑΝΑΣΤΕΣ', 'μεταναστων', 'Τρίκαλα', 'trikala']) {
        const found = await coordinator.get(`/api/good-practices?q=${encodeURIComponent(q)}`);
        expect(found.status).toBe(200);
        expect(found.body.items.map((item: { id: string }) => item.id), q).toContain(created.id);
      }
      const found = await coordinator.get(`/api/good-practices?q=${encodeURIComponent('οικογενειών μεταναστών')}`);
      expect(found.body.items[0].id).toBe(created.id);
      const { title } = found.body.items[0].highlights;
      expect(title.highlights.map(([start, end]: [number, number]) => title.text.slice(start, end))).toEqual(['οικογένειες', 'μεταναστών']);
      expect((await coordinator.get('/api/good-practices?q=αεροδρόμιο')).body).toEqual({ items: [], total: 0 });
    });

    it('filters by theme, programme and municipality, and lists everything by title without filters', async () => {
      const all = await coordinator.get('/api/good-practices');
      expect(all.body.total).toBeGreaterThanOrEqual(8);
      expect(all.body.items.map((item: { title: string }) => item.title)).toEqual(
        [...all.body.items.map((item: { title: string }) => item.title)].sort((a, b) => a.localeCompare(b, 'el')),
      );
      const filtered = await coordinator.get('/api/good-practices?theme=awareness-participation&programme=amif&municipality=piraeus');
      expect(filtered.body.items.map((item: { title: string }) => item.title)).toEqual(['Συμβούλιο Ένταξης Μεταναστών Πειραιά: οι κοινότητες στο δημοτικό τραπέζι']);
      expect((await coordinator.get('/api/good-practices?programme=lottery')).status).toBe(400);
      expect((await coordinator.get('/api/good-practices?q=%22NEAR(')).status).toBe(200);
    });
  });

  describe('GET /api/good-practices/:id', () => {
    it('renders a hostile Markdown body inert and ordinary Markdown as HTML', async () => {
      const created = await createPractice({ body: hostileBody });
      const { body } = await (await loggedInAs(server.url, 'officer.athens@demo.cni.gr')).get(`/api/good-practices/${created.id}`);
      expect(body.body).toBe(hostileBody);
      expectInertHtml(body.bodyHtml);
      expect(body.bodyHtml).toContain('<h2>Καλή πρακτική</h2>');
      expect(body.bodyHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(body.bodyHtml).toContain('<p>x y z javascript:alert(4)</p>');
      expect(body.bodyHtml).toContain('<a href="https://www.example.gr/a" rel="noopener noreferrer nofollow">https://www.example.gr/a</a>');
      expect(body.bodyHtml).toContain('<a href="http://www.example.gr/" rel="noopener noreferrer nofollow">www.example.gr</a>');
      expect(body.bodyHtml).toContain('<td>ok</td>');
    });

    it('lists the lessons recorded against it that the caller may read, by the lesson visibility rule', async () => {
      const created = await createPractice();
      const larissa = (await coordinator.get('/api/municipalities/larissa')).body;
      const insertLesson = async (title: string, sharing: SharingLevel, municipalityId: string | null) => {
        await server.handle.db.insert(lessons).values({
          id: randomUUID(),
          municipalityId,
          title,
          whatHappened: 'Η πρόταση κόπηκε στην επιλεξιμότητα.',
          nextTime: 'Ελέγχουμε νωρίτερα τα δικαιολογητικά.',
          programme: 'amif',
          themes: [],
          phase: 'eligibility',
          sharing,
          goodPracticeId: created.id,
          searchTerms: analyseText(title).join(' '),
        });
      };
      await insertLesson('Μόνο για τη Λάρισα', 'municipality', larissa.id);
      await insertLesson('Για όλο το δίκτυο', 'network', null);
      await insertLesson('Για όλους', 'public', larissa.id);

      const titlesFor = async (client: ApiClient) =>
        ((await client.get(`/api/good-practices/${created.id}`)).body.lessons as Array<{ title: string }>).map((lesson) => lesson.title).sort();
      const everyone = ['Για όλο το δίκτυο', 'Για όλους'];
      expect(await titlesFor(await loggedInAs(server.url, 'officer.larissa@demo.cni.gr'))).toEqual([...everyone, 'Μόνο για τη Λάρισα'].sort());
      expect(await titlesFor(await loggedInAs(server.url, 'officer.athens@demo.cni.gr'))).toEqual(everyone);
      expect(await titlesFor(await loggedInAs(server.url, 'liaison@demo.cni.gr'))).toEqual(everyone);
      expect(await titlesFor(coordinator)).toEqual([...everyone, 'Μόνο για τη Λάρισα'].sort());
    });
  });

  describe('/api/proposals/:id/good-practices', () => {
    it('links practices to a proposal for its editors, with an audit row, and lets readers see them', async () => {
      const athens = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
      const proposal = await athens.post('/api/proposals', { title: 'Κέντρο Ένταξης', leadMunicipality: 'athens', partnerMunicipalities: ['larissa'], template: 'blank' });
      expect(proposal.status).toBe(201);
      const path = `/api/proposals/${proposal.body.id}/good-practices`;
      expect((await athens.get(path)).body).toEqual([]);

      const [first, second] = (await athens.get('/api/good-practices')).body.items;
      const linked = await athens.put(path, { goodPracticeIds: [second.id, first.id, first.id] });
      expect(linked.status).toBe(200);
      expect(linked.body.map((item: { id: string }) => item.id)).toEqual([first.id, second.id]);
      expect(linked.body[0]).toMatchObject({ title: first.title, municipality: first.municipality, summary: first.summary });

      const partner = await loggedInAs(server.url, 'officer.larissa@demo.cni.gr');
      expect((await partner.get(path)).body.map((item: { id: string }) => item.id)).toEqual([first.id, second.id]);

      const unknown = await athens.put(path, { goodPracticeIds: [first.id, 'no-such-practice'] });
      expect(unknown.status).toBe(400);
      expectErrorShape(unknown.body);
      // The coordination team reviews a proposal and does not edit it; another city does not see a draft at all.
      expect((await coordinator.put(path, { goodPracticeIds: [] })).status).toBe(403);
      const outsider = await loggedInAs(server.url, 'officer.piraeus@demo.cni.gr');
      expect((await outsider.get(path)).status).toBe(404);
      expect((await outsider.put(path, { goodPracticeIds: [] })).status).toBe(404);
      expect((await athens.get(path)).body).toHaveLength(2);

      const entries = await listAuditEntries({ db: server.handle.db, entityId: proposal.body.id });
      expect(entries[0]).toMatchObject({ action: 'proposal.good_practices', details: { from: [], to: [second.id, first.id] } });

      // A deleted practice leaves the proposal's list with it.
      expect((await coordinator.delete(`/api/good-practices/${first.id}`)).status).toBe(204);
      expect((await athens.get(path)).body.map((item: { id: string }) => item.id)).toEqual([second.id]);
    });
  });
});
