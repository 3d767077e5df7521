import { createDb, seedDemoData, seedReferenceData, type DbHandle } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { closeClient, contentOf, insertDraft, openSection, waitFor, waitSynced, type SectionClient } from '../collab/collab-helpers.ts';
import { loggedInAs } from '../helpers/api-client.ts';
import { findFreePort, startProductProcess, type ProductProcess } from '../helpers/product-process.ts';
import { expectIntactDatabase } from './crash-checks.ts';

const editorEmails = ['officer.athens@demo.cni.gr', 'officer.piraeus@demo.cni.gr', 'officer.larissa@demo.cni.gr'];

/** Types `e<editor>-<n> ` into the editor's own paragraph, one keystroke-sized update at a time, until stopped. */
async function typeMarkers(client: SectionClient, editor: number, isStopped: () => boolean): Promise<void> {
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  const content = client.doc.getXmlFragment('content');
  content.insert(content.length, [paragraph]);
  for (let count = 0; !isStopped(); count++) {
    text.insert(text.length, `e${editor}-${count} `);
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
}

function markersIn(doc: Y.Doc): string[] {
  return contentOf(doc).match(/e\d-\d+/g) ?? [];
}

describe('the product process killed with SIGKILL while people are editing a section', () => {
  let database: TempDb | undefined;
  let reopened: DbHandle | undefined;
  const products: ProductProcess[] = [];
  const clients: SectionClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) closeClient(client);
    for (const product of products.splice(0)) await product.kill();
    reopened?.close();
    database?.destroy();
    reopened = database = undefined;
  });

  it('keeps every edit the server acknowledged, and the database file passes its checks', async () => {
    database = await createTempDb();
    await seedReferenceData(database.db);
    await seedDemoData(database.db);
    const ids = await insertDraft(database.db, { lead: 'athens', partners: ['piraeus', 'larissa'] });
    database.close();
    const port = await findFreePort();
    const first = await startProductProcess({ databaseUrl: database.url, port });
    products.push(first);

    const sessions = await Promise.all([...editorEmails, 'coordinator@demo.cni.gr'].map((email) => loggedInAs(first.url, email)));
    for (const session of sessions) clients.push(openSection(first.wsUrl, ids, { cookie: session.cookie! }));
    await Promise.all(clients.map((client) => waitSynced(client)));
    const editors = clients.slice(0, editorEmails.length);
    // The coordinator only reviews: a change reaches them only after the server stored it (it relays after
    // the store resolved), so whatever they hold is what the server acknowledged as durable.
    const observer = clients[editorEmails.length]!;

    let isStopped = false;
    const typing = editors.map((client, index) => typeMarkers(client, index, () => isStopped));
    await waitFor(() => markersIn(observer.doc).length >= 60, 20_000, 'edits to reach the observer');
    await first.kill();
    // Every message the server sent before it died has been read once the observer sees the socket closed.
    await waitFor(() => !observer.provider.wsconnected, 5000, 'the observer to see the server gone');
    const acknowledged = Y.encodeStateAsUpdate(observer.doc);
    const acknowledgedMarkers = markersIn(observer.doc);
    isStopped = true;
    await Promise.all(typing);
    // The editors would send their own copies again on reconnecting and hide a loss: they go away first.
    for (const client of clients.splice(0)) closeClient(client);

    reopened = await createDb(database.url);
    await expectIntactDatabase(reopened.db);
    reopened.close();
    reopened = undefined;

    const second = await startProductProcess({ databaseUrl: database.url, port });
    products.push(second);
    const fresh = openSection(second.wsUrl, ids, { cookie: sessions[0]!.cookie! });
    clients.push(fresh);
    await waitSynced(fresh);
    const restored = contentOf(fresh.doc);
    const freshMarkers = new Set(markersIn(fresh.doc));
    expect(acknowledgedMarkers.filter((marker) => !freshMarkers.has(marker))).toEqual([]);
    // Stronger than the markers: the acknowledged state adds nothing to what the restarted server has.
    Y.applyUpdate(fresh.doc, acknowledged);
    expect(contentOf(fresh.doc)).toBe(restored);
  });
});
