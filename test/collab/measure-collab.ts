import * as Y from 'yjs';
import { loggedInAs } from '../helpers/api-client.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { appendParagraph, closeClient, insertDraft, openSection, waitSynced } from './collab-helpers.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Number(value.toFixed(2));

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Edit propagation between two clients over real sockets on 127.0.0.1 (store included: the server relays an
 * edit after SQLite has it), and the server's memory per open document (heap delta over N loaded sections
 * of ~2 KB text each; precise only under `node --expose-gc`).
 */
export async function measureCollab({ edits = 100, documents = 200 } = {}) {
  const server = await startTestServer({ collab: { unloadAfterMs: 10 * 60 * 1000 } });
  try {
    const officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    const ids = await insertDraft(server.handle.db, { lead: 'athens' });
    const writer = openSection(server.wsUrl, ids, { cookie: officer.cookie! });
    const reader = openSection(server.wsUrl, ids, { cookie: officer.cookie! });
    await Promise.all([waitSynced(writer), waitSynced(reader)]);
    appendParagraph(writer.doc, '');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const latencies: number[] = [];
    for (let index = 0; index < edits; index += 1) {
      const received = new Promise<void>((resolve) => reader.doc.once('update', () => resolve()));
      const started = performance.now();
      ((writer.doc.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'λ');
      await received;
      latencies.push(performance.now() - started);
    }
    closeClient(writer);
    closeClient(reader);

    const sections = [];
    for (let index = 0; index < documents; index += 1) {
      const section = await insertDraft(server.handle.db, { lead: 'athens' });
      const doc = new Y.Doc();
      for (let line = 0; line < 20; line += 1) appendParagraph(doc, `Γραμμή ${line}: η δράση στηρίζει την ένταξη προσφύγων και μεταναστών στον δήμο.`);
      await server.handle.client.execute({ sql: 'INSERT INTO section_updates (section_id, "update", created_at) VALUES (?, ?, ?)', args: [section.sectionId, Y.encodeStateAsUpdate(doc), new Date().toISOString()] });
      sections.push(section);
    }
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    // Naming a version loads the section into the server's registry, where it stays while unloadAfterMs runs.
    for (const section of sections) await officer.post(`/api/proposals/${section.proposalId}/sections/${section.sectionId}/versions`, { name: 'bench' });
    collectGarbage();
    const after = process.memoryUsage().heapUsed;
    return {
      propagationMedianMs: round(median(latencies)),
      propagationP95Ms: round([...latencies].sort((a, b) => a - b)[Math.floor(latencies.length * 0.95)]!),
      edits,
      openDocuments: documents,
      heapPerOpenDocumentKb: round((after - before) / documents / 1024),
      gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
    };
  } finally {
    await server.close();
  }
}
