import { listAuditEntries } from '@cni/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

describe('proposals', () => {
  let server: TestServer;
  let athens: ApiClient;
  beforeEach(async () => {
    server = await startTestServer();
    athens = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
  });
  afterEach(() => server.close());

  async function createAthensDraft(body: Record<string, unknown> = {}) {
    const created = await athens.post('/api/proposals', {
      title: 'Στέγαση και ένταξη',
      callId: null,
      leadMunicipality: 'athens',
      partnerMunicipalities: ['thessaloniki'],
      template: 'esf-plus',
      needIds: [],
      ...body,
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  describe('POST /api/proposals', () => {
    it('answers 201 with the template’s sections, the creator as owner and the first status change', async () => {
      const proposal = await createAthensDraft();
      expect(proposal).toMatchObject({
        title: 'Στέγαση και ένταξη',
        status: 'idea',
        templateKey: 'esf-plus',
        version: 1,
        access: 'edit',
        leadMunicipality: { slug: 'athens' },
        partnerMunicipalities: [{ slug: 'thessaloniki' }],
        owner: { name: expect.any(String) },
        statusHistory: [{ from: null, to: 'idea', user: { name: expect.any(String) } }],
      });
      expect(proposal.sections.map((section: { key: string }) => section.key)).toEqual([
        'rationale',
        'objectives',
        'activities',
        'target-groups',
        'partnership',
        'budget-justification',
        'sustainability',
        'communication',
      ]);
      expect(proposal.sections[0].title).toBe('Σκεπτικό και ανάγκες');
      const section = await athens.get(`/api/proposals/${proposal.id}/sections/${proposal.sections[0].id}`);
      expect(section.body).toEqual({ id: proposal.sections[0].id, key: 'rationale', title: 'Σκεπτικό και ανάγκες', text: '' });
    });

    it('refuses an officer leading another municipality (403) and an unknown template (400)', async () => {
      const other = await athens.post('/api/proposals', { title: 'x', leadMunicipality: 'piraeus', template: 'blank' });
      expect(other.status).toBe(403);
      expectErrorShape(other.body);
      expect((await athens.post('/api/proposals', { title: 'x', leadMunicipality: 'athens', template: 'nope' })).status).toBe(400);
    });

    it('links only needs of the proposal’s municipalities', async () => {
      const larissa = await loggedInAs(server.url, 'officer.larissa@demo.cni.gr');
      const [foreignNeed] = (await larissa.get('/api/municipalities/larissa/needs')).body;
      const [ownNeed] = (await athens.get('/api/municipalities/athens/needs')).body;
      expect((await athens.post('/api/proposals', { title: 'x', leadMunicipality: 'athens', template: 'blank', needIds: [foreignNeed.id] })).status).toBe(400);
      const proposal = await createAthensDraft({ needIds: [ownNeed.id] });
      expect(proposal.needIds).toEqual([ownNeed.id]);
    });
  });

  describe('PATCH /api/proposals/:id', () => {
    it('returns 409 when the version is stale and never overwrites', async () => {
      const proposal = await createAthensDraft();
      const first = await athens.patch(`/api/proposals/${proposal.id}`, { version: 1, title: 'Πρώτη αλλαγή' });
      expect(first.status).toBe(200);
      expect(first.body.version).toBe(2);
      const stale = await athens.patch(`/api/proposals/${proposal.id}`, { version: 1, title: 'Παλιά φόρμα' });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('conflict');
      expect((await athens.get(`/api/proposals/${proposal.id}`)).body).toMatchObject({ title: 'Πρώτη αλλαγή', version: 2 });
      // The refused write left no trace either: its audit row was in the same transaction.
      const entries = await listAuditEntries({ db: server.handle.db, entityId: proposal.id });
      expect(entries.map((entry) => entry.action)).toEqual(['proposal.update', 'proposal.create']);
      expect(entries[0]?.details).toEqual({ changes: { title: { from: 'Στέγαση και ένταξη', to: 'Πρώτη αλλαγή' } } });
    });

    it('lets exactly one of two simultaneous writes at the same version win', async () => {
      const proposal = await createAthensDraft();
      const thessaloniki = await loggedInAs(server.url, 'officer.thessaloniki@demo.cni.gr');
      const answers = await Promise.all([
        athens.patch(`/api/proposals/${proposal.id}`, { version: 1, title: 'Αθήνα' }),
        thessaloniki.patch(`/api/proposals/${proposal.id}`, { version: 1, title: 'Θεσσαλονίκη' }),
      ]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const winner = answers.find((answer) => answer.status === 200)!.body.title;
      expect((await athens.get(`/api/proposals/${proposal.id}`)).body).toMatchObject({ title: winner, version: 2 });
    });

    it('moves through the workflow recording who moved it, and refuses a skipped step', async () => {
      const proposal = await createAthensDraft();
      expect((await athens.patch(`/api/proposals/${proposal.id}`, { version: 1, status: 'submitted' })).status).toBe(400);
      const drafting = await athens.patch(`/api/proposals/${proposal.id}`, { version: 1, status: 'drafting' });
      const review = await athens.patch(`/api/proposals/${proposal.id}`, { version: drafting.body.version, status: 'review' });
      const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
      const back = await coordinator.patch(`/api/proposals/${proposal.id}`, { version: review.body.version, status: 'drafting' });
      expect(back.status).toBe(200);
      expect(back.body.statusHistory.map((change: { from: string | null; to: string }) => [change.from, change.to])).toEqual([
        [null, 'idea'],
        ['idea', 'drafting'],
        ['drafting', 'review'],
        ['review', 'drafting'],
      ]);
      expect(back.body.statusHistory[3].user.name).toBe('Ελένη Παπαδοπούλου');
      // A reviewer moves status into or out of review only, and changes nothing else.
      expect((await coordinator.patch(`/api/proposals/${proposal.id}`, { version: back.body.version, status: 'withdrawn' })).status).toBe(403);
      expect((await coordinator.patch(`/api/proposals/${proposal.id}`, { version: back.body.version, title: 'x' })).status).toBe(403);
    });
  });

  describe('who may see a proposal', () => {
    it('hides an Athens draft from a Piraeus officer: 404 on read, absent from the list', async () => {
      const proposal = await createAthensDraft();
      const piraeus = await loggedInAs(server.url, 'officer.piraeus@demo.cni.gr');
      const read = await piraeus.get(`/api/proposals/${proposal.id}`);
      expect(read.status).toBe(404);
      expectErrorShape(read.body);
      expect((await piraeus.get(`/api/proposals/${proposal.id}/sections/${proposal.sections[0].id}`)).status).toBe(404);
      expect((await piraeus.patch(`/api/proposals/${proposal.id}`, { version: 1, title: 'x' })).status).toBe(404);
      const listed = (await piraeus.get('/api/proposals')).body.map((item: { id: string }) => item.id);
      expect(listed).not.toContain(proposal.id);
      expect((await athens.get('/api/proposals')).body.map((item: { id: string }) => item.id)).toContain(proposal.id);
    });

    it('lets the partner edit and lists the proposal under the partner municipality', async () => {
      const proposal = await createAthensDraft();
      const thessaloniki = await loggedInAs(server.url, 'officer.thessaloniki@demo.cni.gr');
      expect((await thessaloniki.patch(`/api/proposals/${proposal.id}`, { version: 1, title: 'Από τον εταίρο' })).status).toBe(200);
      const listed = await thessaloniki.get('/api/proposals?municipality=thessaloniki&status=idea');
      expect(listed.body.map((item: { id: string }) => item.id)).toContain(proposal.id);
      expect((await thessaloniki.get('/api/proposals?municipality=thessaloniki&status=drafting')).body.map((item: { id: string }) => item.id)).not.toContain(
        proposal.id,
      );
    });

    it('shows a shared example to every member once submitted, read-only', async () => {
      const proposal = await createAthensDraft();
      let version = 1;
      for (const status of ['drafting', 'review']) {
        version = (await athens.patch(`/api/proposals/${proposal.id}`, { version, status })).body.version;
      }
      version = (await athens.patch(`/api/proposals/${proposal.id}`, { version, sharedAsExample: true })).body.version;
      const piraeus = await loggedInAs(server.url, 'officer.piraeus@demo.cni.gr');
      expect((await piraeus.get(`/api/proposals/${proposal.id}`)).status).toBe(404);

      version = (await athens.patch(`/api/proposals/${proposal.id}`, { version, status: 'submitted' })).body.version;
      const read = await piraeus.get(`/api/proposals/${proposal.id}`);
      expect(read.status).toBe(200);
      expect(read.body.access).toBe('read');
      expect((await piraeus.get('/api/proposals')).body.map((item: { id: string }) => item.id)).toContain(proposal.id);
      expect((await piraeus.patch(`/api/proposals/${proposal.id}`, { version, title: 'x' })).status).toBe(403);
    });
  });

  describe('sections and milestones', () => {
    it('adds a section at the end, renames and moves it', async () => {
      const proposal = await createAthensDraft({ template: 'donor' });
      const added = await athens.post(`/api/proposals/${proposal.id}/sections`, { title: 'Παράρτημα' });
      expect(added.status).toBe(201);
      expect(added.body.position).toBe(proposal.sections.length);
      const moved = await athens.patch(`/api/proposals/${proposal.id}/sections/${added.body.id}`, { title: 'Παραρτήματα', position: 0 });
      expect(moved.body).toMatchObject({ title: 'Παραρτήματα', position: 0 });
      const sections = (await athens.get(`/api/proposals/${proposal.id}`)).body.sections;
      expect(sections.map((section: { title: string }) => section.title)[0]).toBe('Παραρτήματα');
      expect(sections.map((section: { position: number }) => section.position)).toEqual(sections.map((_: unknown, index: number) => index));
    });

    it('adds and deletes milestones, ordered by due date', async () => {
      const proposal = await createAthensDraft();
      await athens.post(`/api/proposals/${proposal.id}/milestones`, { title: 'Επιστολές εταίρων', dueAt: '2026-05-10T09:00:00.000Z' });
      const council = await athens.post(`/api/proposals/${proposal.id}/milestones`, { title: 'Απόφαση δημοτικού συμβουλίου', dueAt: '2026-04-01T09:00:00.000Z' });
      expect(council.status).toBe(201);
      let milestones = (await athens.get(`/api/proposals/${proposal.id}`)).body.milestones;
      expect(milestones.map((milestone: { title: string }) => milestone.title)).toEqual(['Απόφαση δημοτικού συμβουλίου', 'Επιστολές εταίρων']);
      expect((await athens.delete(`/api/proposals/${proposal.id}/milestones/${council.body.id}`)).status).toBe(204);
      milestones = (await athens.get(`/api/proposals/${proposal.id}`)).body.milestones;
      expect(milestones).toHaveLength(1);
    });
  });

  describe('templates and demo data', () => {
    it('lists the four seeded templates and lets only the coordination team change one', async () => {
      const templates = (await athens.get('/api/proposal-templates')).body;
      expect(templates.map((template: { key: string }) => template.key).sort()).toEqual(['amif', 'blank', 'donor', 'esf-plus']);
      const body = { name: 'Blank', nameEl: 'Κενό', sections: [{ key: 'summary', title: 'Summary', titleEl: 'Σύνοψη' }] };
      expect((await athens.put('/api/proposal-templates/blank', body)).status).toBe(403);
      const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
      expect((await coordinator.put('/api/proposal-templates/blank', body)).status).toBe(200);
      const proposal = await createAthensDraft({ template: 'blank' });
      expect(proposal.sections.map((section: { title: string }) => section.title)).toEqual(['Σύνοψη']);
    });

    it('seeds an Athens ESF+ draft with Thessaloniki and a Piraeus AMIF idea', async () => {
      const listed = (await athens.get('/api/proposals')).body;
      const demo = listed.find((item: { leadMunicipality: { slug: string } }) => item.leadMunicipality.slug === 'athens');
      expect(demo).toMatchObject({ status: 'drafting', partnerMunicipalities: [{ slug: 'thessaloniki' }] });
      expect(listed.some((item: { leadMunicipality: { slug: string } }) => item.leadMunicipality.slug === 'piraeus')).toBe(false);
      const piraeus = await loggedInAs(server.url, 'officer.piraeus@demo.cni.gr');
      const [own] = (await piraeus.get('/api/proposals?municipality=piraeus')).body;
      const detail = (await piraeus.get(`/api/proposals/${own.id}`)).body;
      expect(detail).toMatchObject({ status: 'idea', templateKey: 'amif' });
      expect(detail.sections.length).toBeGreaterThan(0);
    });
  });
});
