import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

describe('proposal budget, tasks and people', () => {
  let server: TestServer;
  let athens: ApiClient;
  let proposalId: string;
  beforeEach(async () => {
    server = await startTestServer();
    athens = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    const liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
    const call = await liaison.post('/api/calls', {
      title: 'Κοινωνική ένταξη 2027',
      funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
      programme: 'esf-plus',
      deadline: '2027-03-31T12:00:00Z',
      maxGrantCents: 100_000,
      eligibleApplicants: ['municipalities'],
      official: true,
    });
    expect(call.status).toBe(201);
    const proposal = await athens.post('/api/proposals', {
      title: 'Μεσολαβητές',
      callId: call.body.id,
      leadMunicipality: 'athens',
      partnerMunicipalities: ['thessaloniki'],
      template: 'esf-plus',
    });
    expect(proposal.body).toMatchObject({ deadline: '2027-03-31T12:00:00.000Z', call: { maxGrantCents: 100_000 } });
    proposalId = proposal.body.id;
  });
  afterEach(() => server.close());

  describe('GET /api/proposals/:id/budget', () => {
    it('computes line totals half up in integer cents and exact totals', async () => {
      // 1.5 person-months at 333.33 € = 49 999.5 cents, rounded half up to 50 000.
      const first = await athens.post(`/api/proposals/${proposalId}/budget/lines`, {
        category: 'staff',
        description: 'Διαπολιτισμικός μεσολαβητής',
        quantityMilli: 1500,
        unitCostCents: 33_333,
        ownContributionCents: 7_500,
      });
      expect(first.status).toBe(201);
      expect(first.body.lines[0]).toMatchObject({ totalCents: 50_000, funderShareCents: 42_500, ownContributionCents: 7_500, version: 1 });
      const budget = (
        await athens.post(`/api/proposals/${proposalId}/budget/lines`, {
          category: 'travel',
          description: 'Μετακινήσεις',
          quantityMilli: 3000,
          unitCostCents: 10_001,
          funderShareCents: 25_503,
        })
      ).body;
      expect(budget.lines[1]).toMatchObject({ totalCents: 30_003, funderShareCents: 25_503, ownContributionCents: 4_500 });
      expect(budget.totals).toEqual({ totalCents: 80_003, funderCents: 68_003, ownCents: 12_000, cofinancingRate: 0.85 });
      expect(budget.maxGrantCents).toBe(100_000);
      expect(budget.warnings).toEqual([]);
    });

    it('warns when the funder’s share passes the call’s maximum grant and when shares do not add up', async () => {
      const budget = (
        await athens.post(`/api/proposals/${proposalId}/budget/lines`, {
          category: 'equipment',
          description: 'Φορητοί υπολογιστές',
          quantityMilli: 10_000,
          unitCostCents: 12_000,
          funderShareCents: 110_000,
          ownContributionCents: 5_000,
        })
      ).body;
      expect(budget.totals).toMatchObject({ totalCents: 120_000, funderCents: 110_000, ownCents: 5_000 });
      expect(budget.warnings.map((warning: { code: string }) => warning.code)).toEqual(['above-max-grant', 'shares-do-not-add-up']);
      expect(budget.warnings[0].message).toContain('1000.00 €');
    });

    it('returns 409 for a stale line version, keeps the own contribution when the amounts change, and deletes', async () => {
      const line = (
        await athens.post(`/api/proposals/${proposalId}/budget/lines`, { category: 'services', description: 'Μεταφράσεις', quantityMilli: 1000, unitCostCents: 20_000, ownContributionCents: 2_000 })
      ).body.lines[0];
      const changed = await athens.patch(`/api/proposals/${proposalId}/budget/lines/${line.id}`, { version: 1, quantityMilli: 2000 });
      expect(changed.status).toBe(200);
      expect(changed.body.lines[0]).toMatchObject({ totalCents: 40_000, funderShareCents: 38_000, ownContributionCents: 2_000, version: 2 });
      const stale = await athens.patch(`/api/proposals/${proposalId}/budget/lines/${line.id}`, { version: 1, description: 'Παλιό' });
      expect(stale.status).toBe(409);
      expect((await athens.get(`/api/proposals/${proposalId}/budget`)).body.lines[0].description).toBe('Μεταφράσεις');
      const removed = await athens.delete(`/api/proposals/${proposalId}/budget/lines/${line.id}`);
      expect(removed.body).toMatchObject({ lines: [], totals: { totalCents: 0, cofinancingRate: null } });
    });

    it('lets a coordinator read the budget but not change it (403), and hides it from other municipalities (404)', async () => {
      const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
      expect((await coordinator.get(`/api/proposals/${proposalId}/budget`)).status).toBe(200);
      const refused = await coordinator.post(`/api/proposals/${proposalId}/budget/lines`, { category: 'other-direct', description: 'x', quantityMilli: 1000, unitCostCents: 1 });
      expect(refused.status).toBe(403);
      const piraeus = await loggedInAs(server.url, 'officer.piraeus@demo.cni.gr');
      expect((await piraeus.get(`/api/proposals/${proposalId}/budget`)).status).toBe(404);
    });
  });

  describe('tasks and people', () => {
    it('lists the people of the lead and partners with the coordination team, and only they take tasks', async () => {
      const people = (await athens.get(`/api/proposals/${proposalId}/people`)).body;
      const emails = people.map((person: { email: string }) => person.email);
      expect(emails).toEqual(expect.arrayContaining(['officer.athens@demo.cni.gr', 'officer.thessaloniki@demo.cni.gr', 'coordinator@demo.cni.gr', 'admin@demo.cni.gr']));
      expect(emails).not.toContain('officer.piraeus@demo.cni.gr');
      expect(emails).not.toContain('liaison@demo.cni.gr');

      const partner = people.find((person: { email: string }) => person.email === 'officer.thessaloniki@demo.cni.gr');
      const task = await athens.post(`/api/proposals/${proposalId}/tasks`, { title: 'Επιστολή εταίρου', assigneeUserId: partner.id, dueAt: '2027-02-01T10:00:00Z' });
      expect(task.status).toBe(201);
      expect(task.body).toMatchObject({ title: 'Επιστολή εταίρου', assignee: { id: partner.id, name: partner.name }, done: false, version: 1, dueAt: '2027-02-01T10:00:00.000Z' });

      const liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
      const liaisonId = (await liaison.get('/api/me')).body.id;
      expect(liaisonId).toEqual(expect.any(String));
      expect((await athens.post(`/api/proposals/${proposalId}/tasks`, { title: 'x', assigneeUserId: liaisonId })).status).toBe(400);
    });

    it('returns 409 for a stale task version and never overwrites', async () => {
      const task = (await athens.post(`/api/proposals/${proposalId}/tasks`, { title: 'Απόφαση δημοτικού συμβουλίου' })).body;
      const thessaloniki = await loggedInAs(server.url, 'officer.thessaloniki@demo.cni.gr');
      expect((await thessaloniki.patch(`/api/proposals/${proposalId}/tasks/${task.id}`, { version: 1, done: true })).status).toBe(200);
      const stale = await athens.patch(`/api/proposals/${proposalId}/tasks/${task.id}`, { version: 1, title: 'Άλλος τίτλος' });
      expect(stale.status).toBe(409);
      const [stored] = (await athens.get(`/api/proposals/${proposalId}/tasks`)).body;
      expect(stored).toMatchObject({ title: 'Απόφαση δημοτικού συμβουλίου', done: true, version: 2 });
      expect((await athens.delete(`/api/proposals/${proposalId}/tasks/${task.id}`)).status).toBe(204);
      expect((await athens.get(`/api/proposals/${proposalId}/tasks`)).body).toEqual([]);
    });
  });
});
