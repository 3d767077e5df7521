import { startFixtureServer } from '@cni/jobs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

describe('sources', () => {
  let fixtures: { url: string; close(): Promise<void> };
  let server: TestServer;
  let coordinator: ApiClient;
  beforeAll(async () => {
    fixtures = await startFixtureServer();
  });
  afterAll(() => fixtures.close());
  beforeEach(async () => {
    server = await startTestServer({ env: { FETCH_ALLOWLIST: '127.0.0.1' } });
    coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
  });
  afterEach(() => server.close());

  async function addFeed(name: string, url: string, options: Record<string, unknown> = {}) {
    const response = await coordinator.post('/api/sources', { name, kind: 'rss', url, options });
    expect(response.status).toBe(201);
    return response.body as { id: string };
  }

  it('lists the default sources with their real addresses', async () => {
    const response = await coordinator.get('/api/sources');
    expect(response.status).toBe(200);
    const urls = response.body.map((source: { url: string }) => source.url);
    expect(urls).toContain('https://api.tech.ec.europa.eu/search-api/prod/rest/search');
    expect(urls).toContain('https://diavgeia.gov.gr/opendata/search/advanced.json');
  });

  it('runs a feed a coordinator added: calls appear with deadlines, budgets and programmes; a second run changes nothing', async () => {
    const source = await addFeed('Greek donor feed', `${fixtures.url}/feeds/greek-donor-calls.xml`);
    const run = await coordinator.post(`/api/sources/${source.id}/run`);
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ status: 'ok', error: null });
    expect(run.body.created).toBeGreaterThan(0);
    expect(run.body.finishedAt).not.toBeNull();

    const calls = await coordinator.get(`/api/calls?source=${source.id}&pageSize=100`);
    expect(calls.body.total).toBe(run.body.created);
    for (const call of calls.body.items) {
      expect(call.title).not.toMatch(/<|&[a-z]+;/);
      expect(call.language).toBe('el');
    }
    expect(calls.body.items.some((call: { deadline: string | null }) => call.deadline !== null)).toBe(true);
    expect(calls.body.items.some((call: { budgetCents: number | null }) => Number.isInteger(call.budgetCents))).toBe(true);

    const again = await coordinator.post(`/api/sources/${source.id}/run`);
    expect(again.body).toMatchObject({ status: 'ok', created: 0, updated: 0 });
    const runs = await coordinator.get(`/api/sources/${source.id}/runs`);
    expect(runs.body).toHaveLength(2);
    expect(Date.parse(runs.body[0].startedAt)).toBeGreaterThanOrEqual(Date.parse(runs.body[1].startedAt));

    const listed = (await coordinator.get('/api/sources')).body.find((entry: { id: string }) => entry.id === source.id);
    expect(listed).toMatchObject({ callCount: run.body.created, lastError: null });
    expect(listed.lastSuccessAt).not.toBeNull();
  });

  it('reports a clear run error for a feed on a loopback address when the allowlist does not name it', async () => {
    await server.close();
    server = await startTestServer();
    coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
    const source = await addFeed('Loopback feed', `${fixtures.url}/feeds/greek-donor-calls.xml`);
    const run = await coordinator.post(`/api/sources/${source.id}/run`);
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ status: 'error', created: 0, error: { code: 'blocked_address' } });
    const listed = (await coordinator.get('/api/sources')).body.find((entry: { id: string }) => entry.id === source.id);
    expect(listed.lastError).toMatchObject({ code: 'blocked_address' });
  });

  it('refuses a source with an invalid schedule, URL or options (400)', async () => {
    for (const body of [
      { name: 'x', kind: 'rss', url: 'https://example.org/feed', schedule: 'every hour' },
      { name: 'x', kind: 'rss', url: 'ftp://example.org/feed' },
      { name: 'x', kind: 'diavgeia', url: 'https://diavgeia.gov.gr/opendata/search/advanced.json', options: { daysBack: 9999 } },
    ]) {
      const response = await coordinator.post('/api/sources', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expectErrorShape(response.body);
    }
  });

  it('lets a coordinator disable, re-schedule and delete a source; the calls stay', async () => {
    const source = await addFeed('Atom donors', `${fixtures.url}/feeds/international-donors.xml`);
    const run = await coordinator.post(`/api/sources/${source.id}/run`);
    expect(run.body.status).toBe('ok');
    const patched = await coordinator.patch(`/api/sources/${source.id}`, { enabled: false, schedule: '30 7 * * 1-5' });
    expect(patched.body).toMatchObject({ enabled: false, schedule: '30 7 * * 1-5' });
    const before = (await coordinator.get('/api/calls?pageSize=1')).body.total;
    expect((await coordinator.delete(`/api/sources/${source.id}`)).status).toBe(204);
    expect((await coordinator.get('/api/calls?pageSize=1')).body.total).toBe(before);
    expect((await coordinator.post(`/api/sources/${source.id}/run`)).status).toBe(404);
  });

  it('keeps sources to coordinators and admins', async () => {
    const officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    expect((await officer.get('/api/sources')).status).toBe(403);
    const liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
    expect((await liaison.post('/api/sources', { name: 'x', kind: 'rss', url: 'https://example.org/feed' })).status).toBe(403);
  });
});
