import { listAuditEntries } from '@cni/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

interface LessonItem {
  id: string;
  programme: string;
  relevance: number;
  details: Array<{ kind: string; programme?: string; theme?: string }>;
  reasons: string[];
  highlights: { title: { text: string; highlights: Array<[number, number]> } };
}

const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

function lessonBody(overrides: Record<string, unknown> = {}) {
  return {
    proposalId: null,
    title: 'Η στελέχωση του ΚΕΜ χρειάζεται έγκριση προσλήψεων νωρίς',
    whatHappened: 'Οι συμβάσεις του προσωπικού υπογράφηκαν μήνες μετά την έγκριση της πρότασης.',
    nextTime: 'Ζητάμε την έγκριση των προσλήψεων μαζί με την υποβολή.',
    programme: 'esf-plus',
    funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
    themes: ['municipal-services'],
    phase: 'implementation',
    sharing: 'network',
    ...overrides,
  };
}

describe('lessons', () => {
  let server: TestServer;
  let athens: ApiClient;
  let coordinator: ApiClient;
  beforeEach(async () => {
    server = await startTestServer();
    athens = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
  });
  afterEach(() => server.close());

  /** A proposal led by `officer`'s municipality, moved through the workflow up to `until`. */
  async function proposalOf(officer: ApiClient, lead: string, { until = 'submitted', template = 'esf-plus', title = 'Κέντρο Ένταξης Μεταναστών' } = {}) {
    const created = await officer.post('/api/proposals', { title, leadMunicipality: lead, template });
    expect(created.status).toBe(201);
    let proposal = created.body;
    for (const status of ['drafting', 'review', 'submitted']) {
      if (proposal.status === until) break;
      const moved = await officer.patch(`/api/proposals/${proposal.id}`, { version: proposal.version, status });
      expect(moved.status).toBe(200);
      proposal = moved.body;
    }
    return proposal;
  }

  async function record(client: ApiClient, overrides: Record<string, unknown> = {}) {
    const created = await client.post('/api/lessons', lessonBody(overrides));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body;
  }

  describe('POST /api/lessons', () => {
    it('records an officer’s lesson of a submitted proposal as their municipality’s, with an audit row', async () => {
      const proposal = await proposalOf(athens, 'athens');
      const lesson = await record(athens, { proposalId: proposal.id, sharing: 'municipality' });
      expect(lesson).toMatchObject({
        proposalId: proposal.id,
        proposalTitle: proposal.title,
        municipality: { slug: 'athens', name: 'Athens', nameEl: 'Αθήνα' },
        author: { name: 'Υπεύθυνος/η έργων, Αθήνα' },
        programme: 'esf-plus',
        themes: ['municipal-services'],
        sharing: 'municipality',
        goodPractice: null,
        version: 1,
        canEdit: true,
      });
      expect((await athens.get(`/api/lessons/${lesson.id}`)).body).toEqual(lesson);
      const entries = await listAuditEntries({ db: server.handle.db, entityId: lesson.id });
      expect(entries.map((entry) => entry.action)).toEqual(['lesson.create']);
    });

    it('refuses a proposal still in preparation (409 proposal_not_decided) and one the officer cannot edit', async () => {
      const draft = await proposalOf(athens, 'athens', { until: 'drafting' });
      const early = await athens.post('/api/lessons', lessonBody({ proposalId: draft.id }));
      expect(early.status).toBe(409);
      expectErrorShape(early.body);
      expect(early.body.error.code).toBe('proposal_not_decided');

      const submitted = await proposalOf(athens, 'athens');
      const piraeus = await loggedInAs(server.url, 'officer.piraeus@demo.cni.gr');
      expect((await piraeus.post('/api/lessons', lessonBody({ proposalId: submitted.id }))).status).toBe(404);
      expect((await piraeus.post('/api/lessons', lessonBody({ proposalId: 'no-such-proposal' }))).status).toBe(404);
    });

    it('keeps the liaison to reading (403) and checks the body (400)', async () => {
      const liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
      const refused = await liaison.post('/api/lessons', lessonBody());
      expect(refused.status).toBe(403);
      expectErrorShape(refused.body);
      for (const body of [
        lessonBody({ title: '' }),
        lessonBody({ phase: 'afterwards' }),
        lessonBody({ sharing: 'everyone' }),
        lessonBody({ themes: ['no-such-theme'] }),
        lessonBody({ goodPracticeId: 'no-such-practice' }),
        lessonBody({ whatHappened: 'x'.repeat(5001) }),
      ]) {
        const response = await athens.post('/api/lessons', body);
        expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
        expectErrorShape(response.body);
      }
    });

    it('files a coordinator’s lesson under the proposal’s lead, or the network without one', async () => {
      const proposal = await proposalOf(athens, 'athens');
      expect((await record(coordinator, { proposalId: proposal.id, sharing: 'municipality' })).municipality.slug).toBe('athens');
      expect((await record(coordinator)).municipality).toBeNull();
      const nowhere = await coordinator.post('/api/lessons', lessonBody({ sharing: 'municipality' }));
      expect(nowhere.status).toBe(400);
      expectErrorShape(nowhere.body);
    });
  });

  describe('PATCH and DELETE /api/lessons/:id', () => {
    it('returns 409 when the version is stale and never overwrites', async () => {
      const lesson = await record(athens);
      const first = await athens.patch(`/api/lessons/${lesson.id}`, { version: 1, title: 'Πρώτη διόρθωση', themes: ['labour-market'] });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ title: 'Πρώτη διόρθωση', themes: ['labour-market'], version: 2 });
      const stale = await coordinator.patch(`/api/lessons/${lesson.id}`, { version: 1, title: 'Παλιά φόρμα' });
      expect(stale.status).toBe(409);
      expectErrorShape(stale.body);
      expect((await athens.get(`/api/lessons/${lesson.id}`)).body).toMatchObject({ title: 'Πρώτη διόρθωση', version: 2 });
      // The new title is what search finds now.
      expect(ids((await athens.get('/api/lessons?q=διόρθωση')).body.items)).toEqual([lesson.id]);
      const entries = await listAuditEntries({ db: server.handle.db, entityId: lesson.id });
      expect(entries.map((entry) => entry.action)).toEqual(['lesson.update', 'lesson.create']);
    });

    it('lets the author and the coordination team change it; other readers get 403', async () => {
      const lesson = await record(athens);
      const thessaloniki = await loggedInAs(server.url, 'officer.thessaloniki@demo.cni.gr');
      const liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
      const seen = await thessaloniki.get(`/api/lessons/${lesson.id}`);
      expect(seen.body.canEdit).toBe(false);
      for (const client of [thessaloniki, liaison]) {
        expect((await client.patch(`/api/lessons/${lesson.id}`, { version: 1, title: 'x' })).status).toBe(403);
        expect((await client.delete(`/api/lessons/${lesson.id}`)).status).toBe(403);
      }
      const curated = await coordinator.patch(`/api/lessons/${lesson.id}`, { version: 1, sharing: 'public' });
      expect(curated.status).toBe(200);
      expect(curated.body).toMatchObject({ sharing: 'public', canEdit: true, municipality: { slug: 'athens' } });
      // A network lesson of the coordination team cannot be narrowed to a municipality it does not have.
      const networkLesson = await record(coordinator);
      expect((await coordinator.patch(`/api/lessons/${networkLesson.id}`, { version: 1, sharing: 'municipality' })).status).toBe(400);

      expect((await athens.delete(`/api/lessons/${lesson.id}`)).status).toBe(204);
      expect((await athens.get(`/api/lessons/${lesson.id}`)).status).toBe(404);
    });
  });

  describe('sharing levels', () => {
    it('keeps a municipality-only Athens lesson from Larissa and the liaison on every path', async () => {
      const liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
      const larissa = await loggedInAs(server.url, 'officer.larissa@demo.cni.gr');
      const words = 'Ζαχαροπλαστική κατάρτιση μεταναστριών';
      const secret = await record(athens, { sharing: 'municipality', title: words });
      const shared = await record(athens, { sharing: 'network', title: words });
      const open = await record(athens, { sharing: 'public', title: words });
      const call = await liaison.post('/api/calls', { title: words, summary: 'Κατάρτιση στη ζαχαροπλαστική.', programme: 'esf-plus', eligibleApplicants: ['municipalities'] });
      expect(call.status).toBe(201);
      const larissaProposal = await proposalOf(larissa, 'larissa', { until: 'idea', title: words });
      // Submitted and shared as an example, so that the liaison may read it too.
      const submitted = await proposalOf(athens, 'athens', { title: words });
      const athensProposal = (await athens.patch(`/api/proposals/${submitted.id}`, { version: submitted.version, sharedAsExample: true })).body;

      const paths = (proposalId: string) => [
        '/api/lessons?limit=100',
        `/api/lessons?limit=100&q=${encodeURIComponent('ζαχαροπλαστική')}`,
        '/api/lessons?limit=100&municipality=athens',
        `/api/calls/${call.body.id}/lessons`,
        `/api/proposals/${proposalId}/lessons`,
      ];
      for (const [client, proposalId] of [
        [larissa, larissaProposal.id],
        [liaison, athensProposal.id],
      ] as const) {
        for (const path of paths(proposalId)) {
          const response = await client.get(path);
          expect(response.status, path).toBe(200);
          const listed = ids(Array.isArray(response.body) ? response.body : response.body.items);
          expect(listed, path).not.toContain(secret.id);
          expect(listed, path).toContain(shared.id);
          expect(listed, path).toContain(open.id);
          if (!Array.isArray(response.body)) expect(response.body.total, path).toBe(response.body.items.length);
        }
        for (const response of [
          await client.get(`/api/lessons/${secret.id}`),
          await client.patch(`/api/lessons/${secret.id}`, { version: 1, title: 'x' }),
          await client.delete(`/api/lessons/${secret.id}`),
        ]) {
          expect(response.status).toBe(404);
          expectErrorShape(response.body);
        }
      }
      // The demo's own municipality-only lessons stay home too.
      const demoSecrets = (await coordinator.get('/api/lessons?limit=100')).body.items.filter(
        (lesson: { sharing: string; municipality: { slug: string } | null }) => lesson.sharing === 'municipality' && lesson.municipality?.slug !== 'larissa',
      );
      expect(demoSecrets.length).toBeGreaterThan(1);
      const larissaSees = ids((await larissa.get('/api/lessons?limit=100')).body.items);
      for (const lesson of demoSecrets) expect(larissaSees).not.toContain(lesson.id);

      for (const client of [athens, coordinator]) {
        for (const path of paths(athensProposal.id)) {
          const { body } = await client.get(path);
          expect(ids(Array.isArray(body) ? body : body.items), path).toContain(secret.id);
        }
      }
    });
  });

  describe('lessons for a call or a proposal', () => {
    it('ranks ESF+ lessons above AMIF ones with the same words for an ESF+ call, with reasons', async () => {
      const liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
      const text = { title: 'Διερμηνεία στα ιατρεία για νεοαφιχθέντες', whatHappened: 'Χρειαστήκαμε διερμηνείς αραβικών και φαρσί.', nextTime: 'Κατάλογος διερμηνέων.' };
      const amif = await record(coordinator, { ...text, programme: 'amif', themes: ['municipal-services', 'labour-market'] });
      const esf = await record(coordinator, { ...text, programme: 'esf-plus', themes: [], funder: null });
      const call = await liaison.post('/api/calls', {
        title: 'Διερμηνεία στα δημοτικά ιατρεία',
        summary: 'Διερμηνείς για νεοαφιχθέντες.',
        programme: 'esf-plus',
        funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
        themes: ['municipal-services', 'labour-market'],
        eligibleApplicants: ['municipalities'],
      });
      const related = await athens.get(`/api/calls/${call.body.id}/lessons`);
      expect(related.status).toBe(200);
      const items: LessonItem[] = related.body;
      expect(items.length).toBeLessThanOrEqual(10);
      const esfAt = ids(items).indexOf(esf.id);
      const amifAt = ids(items).indexOf(amif.id);
      expect(esfAt).toBeGreaterThanOrEqual(0);
      expect(amifAt).toBeGreaterThan(esfAt);
      expect(items[esfAt]!.reasons).toEqual(expect.arrayContaining(['Same programme: ESF+', expect.stringMatching(/^Similar words: /)]));
      expect(items[amifAt]!.reasons).toEqual(expect.arrayContaining(['Same funder', 'Shared theme: municipal structures and services']));
      expect(items[amifAt]!.reasons).not.toContain('Same programme: ESF+');
      expect(items[esfAt]!.details).toContainEqual({ kind: 'programme', programme: 'esf-plus' });
      expect(items[amifAt]!.details).toEqual(expect.arrayContaining([{ kind: 'funder' }, { kind: 'theme', theme: 'municipal-services' }]));
      // Best first, and every lesson of the call's programme before any other.
      const relevances = items.map((item) => item.relevance);
      expect(relevances).toEqual([...relevances].sort((a, b) => b - a));
      const firstOther = items.findIndex((item) => item.programme !== 'esf-plus');
      if (firstOther >= 0) expect(items.slice(firstOther).every((item) => item.programme !== 'esf-plus')).toBe(true);
      expect(items.every((item) => item.relevance > 0 && item.relevance <= 1)).toBe(true);
      expect((await athens.get('/api/calls/no-such-call/lessons')).status).toBe(404);
    });

    it('reads a proposal as its call, or without one as its title and its template’s programme', async () => {
      const liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
      const donorLesson = await record(coordinator, { title: 'Αναφορές προόδου προς ιδρύματα', programme: 'donor', themes: [], funder: null });
      const plain = await proposalOf(athens, 'athens', { until: 'idea', template: 'donor', title: 'Πρόταση προς ίδρυμα' });
      const forTemplate: LessonItem[] = (await athens.get(`/api/proposals/${plain.id}/lessons`)).body;
      expect(forTemplate[0]).toMatchObject({ programme: 'donor', reasons: expect.arrayContaining(['Same programme: donor programme']) });
      expect(ids(forTemplate)).toContain(donorLesson.id);

      const call = await liaison.post('/api/calls', { title: 'Κινητικότητα νέων CERV', summary: 'Ανταλλαγές.', programme: 'cerv', eligibleApplicants: ['municipalities'] });
      const linked = await athens.patch(`/api/proposals/${plain.id}`, { version: plain.version, callId: call.body.id });
      expect(linked.status).toBe(200);
      const forCall: LessonItem[] = (await athens.get(`/api/proposals/${plain.id}/lessons`)).body;
      expect(forCall[0]?.programme).toBe('cerv');
      expect(ids(forCall)).not.toContain(donorLesson.id);

      const piraeus = await loggedInAs(server.url, 'officer.piraeus@demo.cni.gr');
      expect((await piraeus.get(`/api/proposals/${plain.id}/lessons`)).status).toBe(404);
    });
  });

  describe('GET /api/lessons', () => {
    it('finds a lesson whatever the case, accents and inflection of a Greek word, and marks it', async () => {
      const lesson = await record(athens, { title: 'Μεταναστών εγγραφές στο ΚΕΜ' });
      const answers = [];
      for (const q of ['Μεταναστών', 'μεταναστων', 'ΜΕΤΑΝΑΣΤΕΣ']) {
        const response = await athens.get(`/api/lessons?limit=100&q=${encodeURIComponent(q)}`);
        expect(response.status).toBe(200);
        answers.push(ids(response.body.items));
        const found: LessonItem = response.body.items.find((item: LessonItem) => item.id === lesson.id);
        expect(found.highlights.title.highlights).toEqual([[0, 'Μεταναστών'.length]]);
      }
      expect(answers[0]).toContain(lesson.id);
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      // User text never reaches MATCH as syntax.
      expect((await athens.get(`/api/lessons?q=${encodeURIComponent('"NEAR( * -')}`)).status).toBe(200);
    });

    it('filters by programme, theme, phase and municipality, newest first, a page at a time', async () => {
      const older = await record(athens, { phase: 'budget', themes: ['networking'] });
      // Creation times are kept to the millisecond: the second must come strictly later.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const newer = await record(athens, { phase: 'budget', themes: ['networking'] });
      const page = await coordinator.get('/api/lessons?programme=esf-plus&theme=networking&phase=budget&municipality=athens&limit=1');
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(2);
      expect(ids(page.body.items)).toEqual([newer.id]);
      expect(ids((await coordinator.get('/api/lessons?programme=esf-plus&theme=networking&phase=budget&municipality=athens&limit=1&offset=1')).body.items)).toEqual([older.id]);
      expect((await coordinator.get('/api/lessons?programme=amif&theme=networking&phase=budget&municipality=athens')).body.total).toBe(0);
      expect((await coordinator.get('/api/lessons?municipality=nowhere')).body).toEqual({ items: [], total: 0 });
      expect((await coordinator.get('/api/lessons?phase=later')).status).toBe(400);
      const all = (await coordinator.get('/api/lessons?limit=100')).body.items as Array<{ createdAt: string }>;
      expect(all.map((item) => item.createdAt)).toEqual([...all.map((item) => item.createdAt)].sort().reverse());
    });
  });
});
