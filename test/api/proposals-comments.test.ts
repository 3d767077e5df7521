import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

describe('proposal comments', () => {
  let server: TestServer;
  let athens: ApiClient;
  let coordinator: ApiClient;
  let proposal: { id: string; sections: Array<{ id: string }> };
  beforeEach(async () => {
    server = await startTestServer();
    athens = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
    proposal = (
      await athens.post('/api/proposals', { title: 'Σχολική ένταξη', leadMunicipality: 'athens', partnerMunicipalities: ['thessaloniki'], template: 'amif' })
    ).body;
  });
  afterEach(() => server.close());

  const proposalNotifications = async (client: ApiClient) =>
    (await client.get('/api/notifications')).body.filter((notification: { kind: string }) => notification.kind === 'proposal');

  it('lets a coordinator comment on a section and the officer reply in the same thread', async () => {
    const thread = await coordinator.post(`/api/proposals/${proposal.id}/comments`, { sectionId: proposal.sections[0]!.id, body: 'Λείπουν στοιχεία για το 2025.' });
    expect(thread.status).toBe(201);
    const reply = await athens.post(`/api/proposals/${proposal.id}/comments`, { parentId: thread.body.id, body: 'Τα προσθέσαμε.' });
    expect(reply.status).toBe(201);
    const threads = (await athens.get(`/api/proposals/${proposal.id}/comments`)).body;
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({
      sectionId: proposal.sections[0]!.id,
      body: 'Λείπουν στοιχεία για το 2025.',
      author: { name: 'Ελένη Παπαδοπούλου' },
      resolvedAt: null,
      replies: [{ body: 'Τα προσθέσαμε.', sectionId: proposal.sections[0]!.id }],
    });
  });

  it('resolves and reopens a thread, recording who resolved it', async () => {
    const thread = (await coordinator.post(`/api/proposals/${proposal.id}/comments`, { body: 'Γενική παρατήρηση' })).body;
    const resolved = await athens.post(`/api/proposals/${proposal.id}/comments/${thread.id}/resolve`);
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ resolvedAt: expect.any(String), resolvedBy: { name: expect.stringContaining('Αθήνα') } });
    const reopened = await coordinator.post(`/api/proposals/${proposal.id}/comments/${thread.id}/reopen`);
    expect(reopened.body).toMatchObject({ resolvedAt: null, resolvedBy: null });
  });

  it('notifies a mentioned colleague once, with a link to the proposal, and not the author', async () => {
    await coordinator.post(`/api/proposals/${proposal.id}/comments`, {
      body: 'Ρωτήστε τον @officer.thessaloniki@demo.cni.gr για την επιστολή. @Ελένη Παπαδοπούλου',
    });
    const thessaloniki = await loggedInAs(server.url, 'officer.thessaloniki@demo.cni.gr');
    const received = await proposalNotifications(thessaloniki);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ link: `/proposals/${proposal.id}`, title: expect.stringContaining('Σχολική ένταξη') });
    expect(await proposalNotifications(coordinator)).toEqual([]);
    expect(await proposalNotifications(athens)).toEqual([]);
  });

  it('refuses comments from readers of a shared example (403) and from outsiders (404)', async () => {
    const piraeus = await loggedInAs(server.url, 'officer.piraeus@demo.cni.gr');
    expect((await piraeus.post(`/api/proposals/${proposal.id}/comments`, { body: 'x' })).status).toBe(404);
    expect((await piraeus.get(`/api/proposals/${proposal.id}/comments`)).status).toBe(404);
    let version = 1;
    for (const patch of [{ status: 'drafting' }, { status: 'review' }, { status: 'submitted', sharedAsExample: true }]) {
      version = (await athens.patch(`/api/proposals/${proposal.id}`, { version, ...patch })).body.version;
    }
    expect((await piraeus.get(`/api/proposals/${proposal.id}/comments`)).status).toBe(200);
    expect((await piraeus.post(`/api/proposals/${proposal.id}/comments`, { body: 'x' })).status).toBe(403);
  });
});
