import { seedDemoData, seedReferenceData } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { closeClient, contentOf, insertDraft, openSection, storedDoc, waitFor, waitSynced, type SectionClient } from './collab-helpers.ts';

const editors = ['officer.athens@demo.cni.gr', 'officer.piraeus@demo.cni.gr', 'officer.larissa@demo.cni.gr', 'admin@demo.cni.gr'];
const words = ['ένταξη ', 'στέγαση ', 'housing ', 'ΑΜΙΦ ', 'ESF+ ', 'δήμος ', 'x', 'ψ'];

/** A random insert or delete inside a paragraph that is not a marker (markers must survive), or a new paragraph. */
function randomEdit(doc: Y.Doc, random: () => number): void {
  const content = doc.getXmlFragment('content');
  const paragraphs = content.toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.getAttribute('marker') === undefined);
  const roll = random();
  if (paragraphs.length === 0 || roll < 0.1) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(words[Math.floor(random() * words.length)]!)]);
    content.insert(Math.floor(random() * (content.length + 1)), [paragraph]);
    return;
  }
  const text = paragraphs[Math.floor(random() * paragraphs.length)]!.get(0);
  if (!(text instanceof Y.XmlText)) return;
  if (roll < 0.7 || text.length < 4) {
    text.insert(Math.floor(random() * (text.length + 1)), words[Math.floor(random() * words.length)]!);
  } else {
    const at = Math.floor(random() * (text.length - 2));
    text.delete(at, 1 + Math.floor(random() * Math.min(5, text.length - at - 1)));
  }
}

function addMarker(doc: Y.Doc, marker: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.setAttribute('marker', 'yes');
  paragraph.insert(0, [new Y.XmlText(marker)]);
  const content = doc.getXmlFragment('content');
  content.insert(content.length, [paragraph]);
}

/** A small seeded generator, so a failing run can be repeated. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function editFor(client: SectionClient, random: () => number, untilMs: number): Promise<void> {
  while (Date.now() < untilMs) {
    randomEdit(client.doc, random);
    await new Promise((resolve) => setTimeout(resolve, 5 + random() * 25));
  }
}

describe('collaboration under concurrency', () => {
  const servers: TestServer[] = [];
  const clients: SectionClient[] = [];
  const databases: TempDb[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) closeClient(client);
    for (const server of servers.splice(0).reverse()) await server.close();
    for (const database of databases.splice(0)) database.destroy();
  });

  async function openClients(server: TestServer, ids: { proposalId: string; sectionId: string }, count: number) {
    const sessions = await Promise.all(editors.map((email) => loggedInAs(server.url, email)));
    for (let index = 0; index < count; index += 1) clients.push(openSection(server.wsUrl, ids, { cookie: sessions[index % sessions.length]!.cookie! }));
    await Promise.all(clients.map((client) => waitSynced(client)));
  }

  async function expectAllEqualToDatabase(server: TestServer, sectionId: string, markers: string[]) {
    const reference = () => contentOf(clients[0]!.doc);
    await waitFor(() => clients.every((client) => contentOf(client.doc) === reference()), 15_000, 'every client to converge');
    // The stores are awaited before relaying, so once the clients agree the database has it all.
    await waitFor(async () => contentOf(await storedDoc(server.handle.db, sectionId)) === reference(), 5000, 'the database to hold the same');
    for (const client of clients) expect(contentOf(client.doc)).toBe(reference());
    const text = clients[0]!.doc.getXmlFragment('content').toString();
    for (const marker of markers) expect(text).toContain(marker);
  }

  it('ten clients editing at once, some dropping and rejoining, end with the same content as the database', async () => {
    const server = await startTestServer({ collab: { compactAfter: 50, textDelayMs: 50 } });
    servers.push(server);
    const ids = await insertDraft(server.handle.db, { lead: 'athens', partners: ['piraeus', 'larissa'] });
    await openClients(server, ids, 10);
    const markers = clients.map((_, index) => `marker-${index}-${Math.random().toString(36).slice(2, 8)}`);
    clients.forEach((client, index) => addMarker(client.doc, markers[index]!));

    const until = Date.now() + 3000;
    const flaky = clients.slice(0, 3).map(async (client, index) => {
      // Drop off, keep editing offline, come back: the offline edits merge on reconnect.
      await new Promise((resolve) => setTimeout(resolve, 500 + index * 300));
      client.provider.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 700));
      client.provider.connect();
    });
    await Promise.all([...clients.map((client, index) => editFor(client, seededRandom(index + 1), until)), ...flaky]);

    await expectAllEqualToDatabase(server, ids.sectionId, markers);
    // Compaction ran (50 updates at most before merging), and the merged rows still give the same document.
    const { rows } = await server.handle.client.execute({ sql: 'SELECT count(*) AS n FROM section_updates WHERE section_id = ?', args: [ids.sectionId] });
    expect(Number(rows[0]!.n)).toBeLessThanOrEqual(51);
  });

  it('loses nothing acknowledged when the server restarts in the middle of the editing', async () => {
    // One database file outlives both servers.
    const database = await createTempDb();
    databases.push(database);
    await seedReferenceData(database.db);
    await seedDemoData(database.db);
    const first = await startTestServer({ database, collab: { textDelayMs: 50 } });
    const ids = await insertDraft(first.handle.db, { lead: 'athens', partners: ['piraeus', 'larissa'] });
    await openClients(first, ids, 6);
    const markers = clients.map((_, index) => `marker-${index}-${Math.random().toString(36).slice(2, 8)}`);
    clients.forEach((client, index) => addMarker(client.doc, markers[index]!));
    // The observer only watches. "Acknowledged" here means relayed by the server to another client: the server
    // relays a change only after its store in section_updates resolved, so whatever the observer has must be
    // in the database even though the server then stops in the middle of the editing.
    const coordinator = await loggedInAs(first.url, 'coordinator@demo.cni.gr');
    const observer = openSection(first.wsUrl, ids, { cookie: coordinator.cookie! });
    await waitSynced(observer);

    const editors = clients.slice();
    const until = Date.now() + 3000;
    const editing = editors.map((client, index) => editFor(client, seededRandom(index + 100), until));
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const acknowledged = Y.encodeStateAsUpdate(observer.doc);
    await first.close();
    closeClient(observer);

    const stored = await storedDoc(database.db, ids.sectionId);
    const storedContent = contentOf(stored);
    Y.applyUpdate(stored, acknowledged);
    expect(contentOf(stored)).toBe(storedContent);

    // Same database file, same port: the providers reconnect by themselves and send their offline edits.
    const second = await startTestServer({ database, port: Number(new URL(first.url).port), collab: { textDelayMs: 50 } });
    servers.push(second);
    await Promise.all(editing);
    await Promise.all(clients.map((client) => waitSynced(client, 15_000)));
    await expectAllEqualToDatabase(second, ids.sectionId, markers);
  });
});
