import { listNeeds } from '@cni/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

async function firstNeedIdOf(server: TestServer, slug: string): Promise<string> {
  const admin = await loggedInAs(server.url, 'admin@demo.cni.gr');
  const response = await admin.get(`/api/municipalities/${slug}/needs`);
  const id = response.body[0]?.id;
  if (!id) throw new Error(`no demo need for ${slug}`);
  return id;
}

const sampleNeed = { title: 'Εκπαίδευση προσωπικού', category: 'municipal-services' };

describe('access rules', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  it('answers 401 on every non-public route of /api/openapi.json without a session', async () => {
    const anonymous = new ApiClient(server.url);
    const document = (await anonymous.get('/api/openapi.json')).body;
    const piraeusNeed = await firstNeedIdOf(server, 'piraeus');
    let checked = 0;
    for (const [path, operations] of Object.entries<Record<string, { 'x-access'?: string[] }>>(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation['x-access'], `${method} ${path} declares no access`).toBeDefined();
        if (operation['x-access']!.includes('public')) continue;
        const url = path.replace('{slug}', 'piraeus').replace('{id}', piraeusNeed);
        const response = await anonymous.request(method.toUpperCase(), url, method === 'get' ? undefined : {});
        expect(response.status, `${method.toUpperCase()} ${url}`).toBe(401);
        expectErrorShape(response.body);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  describe('an officer of Athens', () => {
    let athens: ApiClient;
    let piraeusNeed: string;
    beforeEach(async () => {
      piraeusNeed = await firstNeedIdOf(server, 'piraeus');
      athens = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    });

    it("cannot list Piraeus's needs (403)", async () => {
      const response = await athens.get('/api/municipalities/piraeus/needs');
      expect(response.status).toBe(403);
      expectErrorShape(response.body);
    });

    it("cannot read, change or delete a Piraeus need: it does not exist for them (404)", async () => {
      for (const response of [
        await athens.get(`/api/needs/${piraeusNeed}`),
        await athens.patch(`/api/needs/${piraeusNeed}`, { priority: 3 }),
        await athens.delete(`/api/needs/${piraeusNeed}`),
      ]) {
        expect(response.status).toBe(404);
        expectErrorShape(response.body);
      }
      const stillThere = await listNeeds({
        ctx: { db: server.handle.db, actor: { userId: 'test', email: 'test', role: 'admin', municipalityId: null } },
        municipalitySlug: 'piraeus',
      });
      expect(stillThere.find((need) => need.id === piraeusNeed)?.priority).not.toBe(3);
    });

    it('cannot record a need for Piraeus (403) but can for Athens (201)', async () => {
      expect((await athens.post('/api/municipalities/piraeus/needs', sampleNeed)).status).toBe(403);
      expect((await athens.post('/api/municipalities/athens/needs', sampleNeed)).status).toBe(201);
    });

    it('still sees the public facts of every municipality', async () => {
      const list = await athens.get('/api/municipalities');
      expect(list.status).toBe(200);
      expect(list.body).toHaveLength(18);
      const piraeus = await athens.get('/api/municipalities/piraeus');
      expect(piraeus.body).toMatchObject({ slug: 'piraeus', nameEl: 'Πειραιάς', needCount: 3 });
    });
  });

  it('lets a coordinator read every municipality’s needs but not change them', async () => {
    const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
    const needs = await coordinator.get('/api/municipalities/piraeus/needs');
    expect(needs.status).toBe(200);
    expect(needs.body.length).toBeGreaterThan(0);
    expect((await coordinator.get(`/api/needs/${needs.body[0].id}`)).status).toBe(200);
    expect((await coordinator.patch(`/api/needs/${needs.body[0].id}`, { priority: 3 })).status).toBe(403);
    expect((await coordinator.post('/api/municipalities/piraeus/needs', sampleNeed)).status).toBe(403);
  });

  it('keeps the ministry liaison out of municipalities’ needs', async () => {
    const liaison = await loggedInAs(server.url, 'liaison@demo.cni.gr');
    expect((await liaison.get('/api/municipalities/athens/needs')).status).toBe(403);
    expect((await liaison.get(`/api/needs/${await firstNeedIdOf(server, 'athens')}`)).status).toBe(404);
  });

  it('refuses a cookie-authenticated write sent from another site (403), and accepts the same site', async () => {
    const athens = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    const fromEvil = await athens.request('POST', '/api/municipalities/athens/needs', sampleNeed, { origin: 'https://evil.example' });
    expect(fromEvil.status).toBe(403);
    expectErrorShape(fromEvil.body);
    const crossSite = await athens.request('POST', '/api/municipalities/athens/needs', sampleNeed, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const sameSite = await athens.request('POST', '/api/municipalities/athens/needs', sampleNeed, {
      origin: server.url,
      'sec-fetch-site': 'same-origin',
    });
    expect(sameSite.status).toBe(201);
  });
});
