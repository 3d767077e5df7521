import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectErrorShape, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

describe('themes', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  const health = { slug: 'health', name: 'Health and psychosocial support', nameEl: 'Υγεία και ψυχοκοινωνική υποστήριξη' };

  it('lets the coordination team extend the list, and officers file needs under the new theme', async () => {
    const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
    const created = await coordinator.post('/api/themes', health);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...health, description: '' });
    expect((await coordinator.get('/api/themes')).body.map((theme: { slug: string }) => theme.slug)).toContain('health');

    const officer = await loggedInAs(server.url, 'officer.larissa@demo.cni.gr');
    const need = await officer.post('/api/municipalities/larissa/needs', { title: 'Ψυχολόγος στο ΚΕΜ', category: 'health' });
    expect(need.status).toBe(201);
    expect(need.body.category).toBe('health');
  });

  it('refuses officers (403), a slug taken (409) and a malformed slug (400)', async () => {
    const officer = await loggedInAs(server.url, 'officer.larissa@demo.cni.gr');
    const refused = await officer.post('/api/themes', health);
    expect(refused.status).toBe(403);
    expectErrorShape(refused.body);

    const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
    const taken = await coordinator.post('/api/themes', { ...health, slug: 'labour-market' });
    expect(taken.status).toBe(409);
    expectErrorShape(taken.body);
    expect((await coordinator.post('/api/themes', { ...health, slug: 'Υγεία' })).status).toBe(400);
    expect((await coordinator.post('/api/themes', { ...health, name: '' })).status).toBe(400);
  });
});
