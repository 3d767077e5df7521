import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type ApiClient, loggedInAs } from '../helpers/api-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { appendParagraph, closeClient, contentOf, insertDraft, openSection, waitFor, waitSynced, type SectionClient } from './collab-helpers.ts';

function setFirstParagraph(doc: Y.Doc, text: string): void {
  const paragraph = doc.getXmlFragment('content').get(0) as Y.XmlElement;
  const node = paragraph.get(0) as Y.XmlText;
  doc.transact(() => {
    node.delete(0, node.length);
    node.insert(0, text);
  });
}

describe('section text and versions', () => {
  let server: TestServer;
  let officer: ApiClient;
  let ids: { proposalId: string; sectionId: string };
  let base: string;
  const clients: SectionClient[] = [];
  beforeEach(async () => {
    server = await startTestServer({ collab: { textDelayMs: 20 } });
    officer = await loggedInAs(server.url, 'officer.athens@demo.cni.gr');
    ids = await insertDraft(server.handle.db, { lead: 'athens' });
    base = `/api/proposals/${ids.proposalId}/sections/${ids.sectionId}`;
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) closeClient(client);
    await server.close();
  });

  async function storedText(): Promise<string> {
    const { rows } = await server.handle.client.execute({ sql: 'SELECT plain_text FROM proposal_sections WHERE id = ?', args: [ids.sectionId] });
    return String(rows[0]!.plain_text);
  }

  it('keeps the section’s plain text, one line per block, in step with the edits', async () => {
    const client = openSection(server.wsUrl, ids, { cookie: officer.cookie! });
    clients.push(client);
    await waitSynced(client);
    appendParagraph(client.doc, 'Πρώτη γραμμή');
    const list = new Y.XmlElement('bulletList');
    const item = new Y.XmlElement('listItem');
    const inner = new Y.XmlElement('paragraph');
    inner.insert(0, [new Y.XmlText('σημείο λίστας')]);
    item.insert(0, [inner]);
    list.insert(0, [item]);
    client.doc.getXmlFragment('content').insert(1, [list]);
    await waitFor(async () => (await storedText()) === 'Πρώτη γραμμή\nσημείο λίστας', 5000, 'the plain text');
    const section = await officer.get(base);
    expect(section.status).toBe(200);
    expect(section.body.text).toBe('Πρώτη γραμμή\nσημείο λίστας');
  });

  it('names a version, diffs it against the current text and restores it into a connected editor', async () => {
    const client = openSection(server.wsUrl, ids, { cookie: officer.cookie! });
    clients.push(client);
    await waitSynced(client);
    appendParagraph(client.doc, 'Η δράση στηρίζει πρόσφυγες στην Αθήνα');
    await waitFor(async () => (await storedText()).includes('Αθήνα'), 5000, 'the first text to be stored');

    const created = await officer.post(`${base}/versions`, { name: 'Πριν την κριτική' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Πριν την κριτική', kind: 'named', createdBy: { name: expect.any(String) } });

    setFirstParagraph(client.doc, 'Η δράση στηρίζει μετανάστες στον Πειραιά');
    await waitFor(async () => (await storedText()).includes('Πειραιά'), 5000, 'the edit to be stored');
    const diff = await officer.get(`${base}/versions/${created.body.id}/diff?against=current`);
    expect(diff.status).toBe(200);
    expect(diff.body).toEqual([
      { op: 'equal', text: 'Η δράση στηρίζει ' },
      { op: 'delete', text: 'πρόσφυγες' },
      { op: 'insert', text: 'μετανάστες' },
      { op: 'equal', text: ' ' },
      { op: 'delete', text: 'στην' },
      { op: 'insert', text: 'στον' },
      { op: 'equal', text: ' ' },
      { op: 'delete', text: 'Αθήνα' },
      { op: 'insert', text: 'Πειραιά' },
    ]);

    const restored = await officer.post(`${base}/versions/${created.body.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.text).toBe('Η δράση στηρίζει πρόσφυγες στην Αθήνα');
    await waitFor(() => contentOf(client.doc).includes('Αθήνα') && !contentOf(client.doc).includes('Πειραιά'), 5000, 'the restore to reach the editor');

    // The text the restore replaced was kept as an automatic version, and both diff the other way round.
    const versions = await officer.get(`${base}/versions`);
    expect(versions.body.map((version: { kind: string }) => version.kind)).toEqual(['automatic', 'named']);
    const between = await officer.get(`${base}/versions/${created.body.id}/diff?against=${versions.body[0].id}`);
    expect(between.body.some((part: { op: string; text: string }) => part.op === 'insert' && part.text === 'Πειραιά')).toBe(true);
  });

  it('lets a coordinator read the history but not name or restore versions, and hides it from Piraeus', async () => {
    const coordinator = await loggedInAs(server.url, 'coordinator@demo.cni.gr');
    const piraeus = await loggedInAs(server.url, 'officer.piraeus@demo.cni.gr');
    expect((await coordinator.get(`${base}/versions`)).status).toBe(200);
    expect((await coordinator.post(`${base}/versions`, { name: 'x' })).status).toBe(403);
    expect((await piraeus.get(`${base}/versions`)).status).toBe(404);
    expect((await piraeus.post(`${base}/versions`, { name: 'x' })).status).toBe(404);
  });
});
