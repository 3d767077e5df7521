import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { appendParagraph, closeClient, contentOf, insertDraft, openSection, waitFor, waitSynced, type SectionClient } from './collab-helpers.ts';

/** The HTTP status the upgrade was answered with (101 when the socket opened). */
function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('error', (error) => reject(error));
  });
}

describe('collaboration socket access', () => {
  let server: TestServer;
  let ids: { proposalId: string; sectionId: string };
  let collabUrl: string;
  const clients: SectionClient[] = [];
  beforeEach(async () => {
    server = await startTestServer();
    ids = await insertDraft(server.handle.db, { lead: 'athens' });
    collabUrl = `${server.wsUrl}/api/proposals/${ids.proposalId}/sections/${ids.sectionId}/collab`;
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) closeClient(client);
    await server.close();
  });

  it('opens for an officer of the lead municipality and refuses a Piraeus officer with 404', async () => {
    const athens = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    const piraeus = await loggedInAs(server.url, 'officer.piraeus@demo.cni.gr');
    expect(await upgradeStatus(collabUrl, { cookie: athens.cookie! })).toBe(101);
    expect(await upgradeStatus(collabUrl, { cookie: piraeus.cookie! })).toBe(404);
    // A section id under another proposal's URL is not found either.
    const other = await insertDraft(server.handle.db, { lead: 'piraeus' });
    expect(await upgradeStatus(`${server.wsUrl}/api/proposals/${other.proposalId}/sections/${ids.sectionId}/collab`, { cookie: athens.cookie! })).toBe(404);
  });

  it('refuses a socket without a session (401) and one opened from another site (403)', async () => {
    const athens = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    expect(await upgradeStatus(collabUrl, {})).toBe(401);
    expect(await upgradeStatus(collabUrl, { cookie: 'cni_session=forged' })).toBe(401);
    expect(await upgradeStatus(collabUrl, { cookie: athens.cookie!, origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(collabUrl, { cookie: athens.cookie!, origin: server.url })).toBe(101);
  });

  it('lets a coordinator follow the text but drops the coordinator’s own changes', async () => {
    const officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
    const writer = openSection(server.wsUrl, ids, { cookie: officer.cookie! });
    const reviewer = openSection(server.wsUrl, ids, { cookie: coordinator.cookie! });
    clients.push(writer, reviewer);
    await Promise.all([waitSynced(writer), waitSynced(reviewer)]);

    appendParagraph(writer.doc, 'Κείμενο του δήμου');
    await waitFor(() => contentOf(reviewer.doc).includes('Κείμενο του δήμου'), 5000, 'the reviewer to receive the officer’s text');
    appendParagraph(reviewer.doc, 'Αλλαγή του συντονιστή');
    // A later officer edit has gone through the server after the coordinator's: had the server kept it, it would be here.
    appendParagraph(writer.doc, 'Δεύτερη παράγραφος');
    await waitFor(() => contentOf(reviewer.doc).includes('Δεύτερη παράγραφος'), 5000, 'the second officer paragraph');
    const late = openSection(server.wsUrl, ids, { cookie: officer.cookie! });
    clients.push(late);
    await waitSynced(late);
    expect(contentOf(late.doc)).toContain('Δεύτερη παράγραφος');
    expect(contentOf(late.doc)).not.toContain('Αλλαγή του συντονιστή');
    expect(contentOf(writer.doc)).not.toContain('Αλλαγή του συντονιστή');
  });

  it('closes an open socket once its session ends, and the reconnect is refused', async () => {
    const watched = await startTestServer({ collab: { recheckMs: 100 } });
    try {
      const draft = await insertDraft(watched.handle.db, { lead: 'athens' });
      const url = `${watched.wsUrl}/api/proposals/${draft.proposalId}/sections/${draft.sectionId}/collab`;
      const athens = await loggedInAs(watched.url, 'officer.athens@demo.cni.gr');
      const socket = new WebSocket(url, { headers: { cookie: athens.cookie! } });
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

      expect((await athens.post('/api/auth/logout', {})).status).toBe(204);
      expect(await closed).toBe(4403);
      expect(await upgradeStatus(url, { cookie: athens.cookie! })).toBe(401);
    } finally {
      await watched.close();
    }
  });
});
