import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const day = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();

const labourCall = {
  title: 'Labour market integration of refugees',
  summary: 'Municipalities connect refugees with local employers through job counselling.',
  programme: 'esf-plus',
  openingDate: inDays(-3),
  deadline: inDays(40),
  maxGrantCents: 50_000_000,
  eligibleApplicants: ['municipalities'],
  themes: ['labour-market'],
  language: 'en',
};

describe('matching of needs and calls', () => {
  let server: TestServer;
  let officer: ApiClient;
  let liaison: ApiClient;
  let needId: string;
  const callIds: Record<string, string> = {};

  // The demo seed's announced ESF+ call fits this need too; the checks are about the calls made here.
  async function ownMatches(client: ApiClient) {
    const response = await client.get(`/api/needs/${needId}/matches`);
    expect(response.status).toBe(200);
    const ours = new Set(Object.values(callIds));
    return response.body.filter((match: { call: { id: string } }) => ours.has(match.call.id));
  }

  async function createCall(key: string, body: Record<string, unknown>) {
    const response = await liaison.post('/api/calls', body);
    expect(response.status).toBe(201);
    callIds[key] = response.body.id;
  }

  beforeEach(async () => {
    server = await startTestServer();
    officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
    await createCall('open', labourCall);
    await createCall('closed', { ...labourCall, title: 'Employment of refugees in cities', openingDate: inDays(-90), deadline: inDays(-2) });
    await createCall('ngos', { ...labourCall, title: 'Refugee employment by civil society', eligibleApplicants: ['ngos'] });
    await createCall('solar', { ...labourCall, title: 'Solar panels on schools', summary: 'Energy savings.', themes: [], programme: 'national' });
    const need = await officer.post('/api/municipalities/athens/needs', {
      title: 'Ένταξη προσφύγων στην αγορά εργασίας',
      description: 'Συμβουλευτική απασχόλησης για πρόσφυγες.',
      category: 'labour-market',
      estimatedBudgetCents: 30_000_000,
    });
    expect(need.status).toBe(201);
    needId = need.body.id;
    await server.rematch.idle();
  });
  afterEach(() => server.close());

  it('shows an officer the calls that fit their need, the open eligible one first, with reasons', async () => {
    const matches = await ownMatches(officer);
    const titles = matches.map((match: { call: { title: string } }) => match.call.title);
    expect(titles[0]).toBe('Labour market integration of refugees');
    expect(titles).not.toContain('Solar panels on schools');
    expect(titles.indexOf('Employment of refugees in cities')).toBeGreaterThan(0);
    expect(titles.indexOf('Refugee employment by civil society')).toBeGreaterThan(0);

    const [best] = matches;
    expect(best.score).toBeGreaterThanOrEqual(0.5);
    expect(best.feedback).toBeNull();
    expect(best.reasons).toEqual(
      expect.arrayContaining([
        'theme: education and labour-market integration',
        'eligible: municipalities',
        expect.stringMatching(/^deadline in 3\d days$/),
        'budget up to 500k € covers the estimate',
        expect.stringMatching(/^words: .*προσφύγων/),
      ]),
    );
    expect(best.details).toContainEqual({ kind: 'theme', theme: 'labour-market' });
    for (const other of matches.slice(1)) expect(other.score).toBeLessThanOrEqual(best.score);
    const closed = matches.find((match: { call: { id: string } }) => match.call.id === callIds.closed);
    expect(closed.score).toBeLessThanOrEqual(0.45);
    expect(closed.reasons).toContain('closed');
  });

  it('answers 404 for another municipality’s need, to read its matches or to judge them', async () => {
    const other = await loggedInAs(server.url, 'officer.larissa@demo.cni.gr');
    const read = await other.get(`/api/needs/${needId}/matches`);
    expect(read.status).toBe(404);
    expectErrorShape(read.body);
    const judge = await other.put(`/api/needs/${needId}/matches/${callIds.open}/feedback`, { verdict: 'relevant' });
    expect(judge.status).toBe(404);
    expect((await officer.get('/api/needs/no-such-need/matches')).status).toBe(404);
  });

  it('lists for a call only the officer’s own municipality’s needs, and every municipality’s to the coordination team', async () => {
    const larissa = await loggedInAs(server.url, 'officer.larissa@demo.cni.gr');
    const theirs = await larissa.post('/api/municipalities/larissa/needs', { title: 'Απασχόληση προσφύγων', category: 'labour-market' });
    await server.rematch.idle();

    const mine = await officer.get(`/api/calls/${callIds.open}/matches`);
    expect(mine.status).toBe(200);
    expect(mine.body.map((match: { need: { id: string } }) => match.need.id)).toContain(needId);
    expect(new Set(mine.body.map((match: { need: { municipality: { slug: string } } }) => match.need.municipality.slug))).toEqual(new Set(['athens']));

    const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
    const all = await coordinator.get(`/api/calls/${callIds.open}/matches`);
    const ids = all.body.map((match: { need: { id: string } }) => match.need.id);
    expect(ids).toEqual(expect.arrayContaining([needId, theirs.body.id]));
    expect(all.body.find((match: { need: { id: string } }) => match.need.id === theirs.body.id).need.municipality).toEqual({
      slug: 'larissa',
      name: 'Larissa',
      nameEl: 'Λάρισα',
    });
    expect((await officer.get('/api/calls/no-such-call/matches')).status).toBe(404);
    // The ministry liaison is kept out of municipalities' needs, here too.
    expect((await liaison.get(`/api/calls/${callIds.open}/matches`)).status).toBe(403);
    expect((await liaison.get(`/api/needs/${needId}/matches`)).status).toBe(404);
  });

  it('takes an officer’s verdict, shows it at once, and ranks by it after the recompute', async () => {
    const put = await officer.put(`/api/needs/${needId}/matches/${callIds.open}/feedback`, { verdict: 'not-relevant' });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ needId, callId: callIds.open, verdict: 'not-relevant' });

    const atOnce = await ownMatches(officer);
    expect(atOnce.at(-1)).toMatchObject({ call: { id: callIds.open }, feedback: 'not-relevant' });

    await server.rematch.idle();
    const after = await ownMatches(officer);
    expect(after.at(-1)).toMatchObject({ call: { id: callIds.open }, feedback: 'not-relevant', score: 0 });
    expect(after.at(-1).reasons).toContain('marked not relevant');
    // The other ESF+ calls of this need lose a little for it.
    const sibling = after.find((match: { call: { id: string } }) => match.call.id === callIds.ngos);
    expect(sibling.details).toContainEqual({ kind: 'feedback', verdict: 'not-relevant', via: 'programme' });

    const back = await officer.put(`/api/needs/${needId}/matches/${callIds.open}/feedback`, { verdict: null });
    expect(back.body).toEqual({ needId, callId: callIds.open, verdict: null });
    await server.rematch.idle();
    expect((await ownMatches(officer))[0]).toMatchObject({ call: { id: callIds.open }, feedback: null });
  });

  it('refuses a verdict that is not one, and a call that does not exist', async () => {
    for (const body of [{ verdict: 'maybe' }, {}, { verdict: 1 }]) {
      const response = await officer.put(`/api/needs/${needId}/matches/${callIds.open}/feedback`, body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_error');
    }
    expect((await officer.put(`/api/needs/${needId}/matches/no-such-call/feedback`, { verdict: 'relevant' })).status).toBe(404);
    const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
    expect((await coordinator.put(`/api/needs/${needId}/matches/${callIds.open}/feedback`, { verdict: 'relevant' })).status).toBe(403);
  });

  it('recomputes a need’s matches when the need changes and when a call changes, after answering', async () => {
    const patched = await liaison.patch(`/api/calls/${callIds.open}`, { deadline: inDays(-1), openingDate: inDays(-60) });
    expect(patched.status).toBe(200);
    await server.rematch.idle();
    const closedNow = (await officer.get(`/api/needs/${needId}/matches`)).body.find((match: { call: { id: string } }) => match.call.id === callIds.open);
    expect(closedNow.score).toBeLessThanOrEqual(0.45);
    expect(closedNow.reasons).toContain('closed');

    await officer.patch(`/api/needs/${needId}`, { category: 'networking', title: 'Δίκτυο πόλεων', description: '' });
    await server.rematch.idle();
    expect((await officer.get(`/api/needs/${needId}/matches`)).body).toEqual([]);
  });
});
