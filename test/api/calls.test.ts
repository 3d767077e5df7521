import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const announcement = {
  title: 'Ενίσχυση Κέντρων Ένταξης Μεταναστών 2027',
  summary: 'Πρόσκληση της Διεύθυνσης Κοινωνικής Ένταξης προς τους δήμους.',
  funder: 'Υπουργείο Μετανάστευσης και Ασύλου',
  programme: 'esf-plus',
  openingDate: '2027-01-10T09:00:00+02:00',
  deadline: '2027-03-31T15:00:00+03:00',
  budgetCents: 1_250_000_050,
  eligibleApplicants: ['municipalities'],
  themes: ['municipal-services'],
  official: true,
};

describe('calls', () => {
  let server: TestServer;
  let liaison: ApiClient;
  beforeEach(async () => {
    server = await startTestServer();
    liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
  });
  afterEach(() => server.close());

  it('lets the liaison enter an official call, stored in UTC and shown to every officer', async () => {
    const created = await liaison.post('/api/calls', announcement);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      official: true,
      status: 'forthcoming',
      openingDate: '2027-01-10T07:00:00.000Z',
      deadline: '2027-03-31T12:00:00.000Z',
      budgetCents: 1_250_000_050,
      currency: 'EUR',
      language: 'el',
      revisions: [],
    });
    expect(created.body.sources).toMatchObject([{ kind: 'manual' }]);

    const officer = await loggedInAs(server.url, 'officer.tilos@demo.cni.gr');
    const list = await officer.get('/api/calls?programme=esf-plus');
    expect(list.status).toBe(200);
    expect(list.body.items.map((call: { id: string }) => call.id)).toContain(created.body.id);
    expect((await officer.get(`/api/calls/${created.body.id}`)).body.title).toBe(announcement.title);
  });

  it('records "deadline extended" as a revision when the deadline is corrected', async () => {
    const created = await liaison.post('/api/calls', announcement);
    const patched = await liaison.patch(`/api/calls/${created.body.id}`, { deadline: '2027-04-30T12:00:00Z' });
    expect(patched.status).toBe(200);
    expect(patched.body.revisions).toHaveLength(1);
    expect(patched.body.revisions[0].changes).toEqual({ deadline: { from: '2027-03-31T12:00:00.000Z', to: '2027-04-30T12:00:00.000Z' } });
  });

  it('keeps manual entry away from officers (403) and validates input (400)', async () => {
    const officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    const refused = await officer.post('/api/calls', announcement);
    expect(refused.status).toBe(403);
    expectErrorShape(refused.body);

    for (const body of [
      { ...announcement, title: '' },
      { ...announcement, programme: 'lottery' },
      { ...announcement, deadline: '31/03/2027' },
      { ...announcement, budgetCents: 12.5 },
      { ...announcement, openingDate: '2027-05-01T00:00:00Z' },
    ]) {
      const response = await liaison.post('/api/calls', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expectErrorShape(response.body);
    }
  });

  it('filters by status and deadline range and reports facets', async () => {
    await liaison.post('/api/calls', announcement);
    await liaison.post('/api/calls', { ...announcement, title: 'Closed call', openingDate: null, deadline: '2025-01-31T12:00:00Z', programme: 'amif' });
    const open = await liaison.get('/api/calls?status=forthcoming');
    expect(open.body.items.map((call: { title: string }) => call.title)).toEqual([announcement.title]);
    expect(open.body.facets.status).toMatchObject({ forthcoming: 1, closed: 1 });
    const range = await liaison.get('/api/calls?deadlineFrom=2025-01-01T00:00:00Z&deadlineTo=2025-12-31T23:59:59Z');
    expect(range.body.items.map((call: { title: string }) => call.title)).toEqual(['Closed call']);
    expect((await liaison.get('/api/calls?status=sometimes')).status).toBe(400);
  });

  it('answers 404 for an unknown call', async () => {
    const response = await liaison.get('/api/calls/no-such-call');
    expect(response.status).toBe(404);
    expectErrorShape(response.body);
  });
});
