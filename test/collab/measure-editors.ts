import type { Database } from '@cni/db';
import * as Y from 'yjs';
import { loggedInAs, type ApiClient } from '../helpers/api-client.ts';
import { appendParagraph, closeClient, contentOf, openSection, storedDoc, waitFor, waitSynced, type SectionClient } from './collab-helpers.ts';

export interface EditorsServer {
  url: string;
  wsUrl: string;
  /** A connection to the server's database file, to read the updates it stored. */
  db: Database;
  memory(options?: { collectGarbage?: boolean }): Promise<{ rssMb: number; heapUsedMb: number }>;
  /** CPU time the server has used so far: its share of a core while editing, whatever else runs on the machine. */
  cpuMs(): Promise<number>;
}

// Officers of the demo proposal's lead (Athens) and partner (Thessaloniki); editors alternate between them.
const officers = ['officer.athens@demo.cni.gr', 'officer.thessaloniki@demo.cni.gr'];
const markerPattern = /m\d+\.\d+/g;

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
const round = (value: number) => Number(value.toFixed(2));
const markersIn = (text: string) => text.match(markerPattern) ?? [];

function textOf(paragraph: Y.XmlElement): Y.XmlText {
  return paragraph.get(0) as Y.XmlText;
}

/**
 * Inserts `marker ` where it cannot split another marker: at the start of a paragraph or after a space. Yjs
 * keeps each concurrent insertion whole, so markers stay intact whatever the others do meanwhile. One edit in
 * ten starts a new paragraph instead, so the structure changes too.
 */
function insertMarker(doc: Y.Doc, marker: string): void {
  const content = doc.getXmlFragment('content');
  if (Math.random() < 0.1) return appendParagraph(doc, `${marker} `);
  const text = textOf(content.get(Math.floor(Math.random() * content.length)) as Y.XmlElement);
  const plain = text.toString();
  const boundaries = [0, ...[...plain].flatMap((character, index) => (character === ' ' ? [index + 1] : []))];
  text.insert(boundaries[Math.floor(Math.random() * boundaries.length)]!, `${marker} `);
}

/** Milliseconds from each marker's insertion to its arrival at every other editor, read from remote changes only. */
function recordArrivals(client: SectionClient, sentAt: Map<string, number>, latencies: number[]): void {
  client.doc.getXmlFragment('content').observeDeep((events) => {
    const arrived = performance.now();
    for (const event of events) {
      if (event.transaction.local) continue;
      for (const change of event.delta) {
        const inserted = change.insert;
        const text = typeof inserted === 'string' ? inserted : Array.isArray(inserted) ? inserted.map((node) => (node instanceof Y.XmlElement ? node.toString() : '')).join(' ') : '';
        for (const marker of markersIn(text)) {
          const sent = sentAt.get(marker);
          if (sent !== undefined) latencies.push(arrived - sent);
        }
      }
    }
  });
}

/** Markers of `expected` missing from `text`, plus any present more than once (a duplicated edit). */
function misses(text: string, expected: Set<string>): number {
  const found = markersIn(text);
  const unique = new Set(found);
  return [...expected].filter((marker) => !unique.has(marker)).length + (found.length - unique.size);
}

/**
 * `editors` y-websocket clients (the browser editor's provider) on one section of the demo proposal, each
 * inserting a unique marker every 1-2 s at a random place for `seconds`; then, once quiet, every client and
 * the server (the updates it stored and the plain text it derived) must hold every marker exactly once.
 */
export async function measureEditors({ server, editors = 50, seconds = 60 }: { server: EditorsServer; editors?: number; seconds?: number }) {
  const sessions: ApiClient[] = [];
  for (const email of officers) sessions.push(await loggedInAs(server.url, email));
  const proposals = (await sessions[0]!.get<Array<{ id: string; status: string; leadMunicipality: { slug: string } }>>('/api/proposals')).body;
  const proposalId = proposals.find((proposal) => proposal.leadMunicipality.slug === 'athens' && proposal.status === 'drafting')!.id;
  const sectionId = (await sessions[0]!.get<{ sections: Array<{ id: string }> }>(`/api/proposals/${proposalId}`)).body.sections[0]!.id;

  const memoryBefore = await server.memory({ collectGarbage: true });
  // Every y-websocket provider adds a process 'exit' listener; fifty are expected here, not a leak.
  const maxListeners = process.getMaxListeners();
  process.setMaxListeners(maxListeners + editors);
  const clients = Array.from({ length: editors }, (_, index) => openSection(server.wsUrl, { proposalId, sectionId }, { cookie: sessions[index % sessions.length]!.cookie! }));
  await Promise.all(clients.map((client) => waitSynced(client, 30_000)));
  const first = clients[0]!.doc;
  if (first.getXmlFragment('content').length === 0) appendParagraph(first, '');
  await waitFor(() => clients.every((client) => client.doc.getXmlFragment('content').length > 0), 30_000, 'the first paragraph everywhere');

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  for (const client of clients) recordArrivals(client, sentAt, latencies);
  let peak = await server.memory();
  const sampler = setInterval(() => {
    void server.memory().then((now) => {
      if (now.rssMb > peak.rssMb) peak = now;
    });
  }, 5_000);

  const cpuBefore = await server.cpuMs();
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    clients.map(async (client, index) => {
      for (let sequence = 0; ; sequence += 1) {
        await new Promise((resolve) => setTimeout(resolve, 1000 + Math.random() * 1000));
        if (Date.now() >= end) return;
        const marker = `m${index}.${sequence}`;
        sentAt.set(marker, performance.now());
        insertMarker(client.doc, marker);
      }
    }),
  );
  clearInterval(sampler);
  const serverCpuPercentOfOneCore = Math.round(((await server.cpuMs()) - cpuBefore) / (seconds * 10));

  const expected = new Set(sentAt.keys());
  const quietFrom = performance.now();
  const converged = () => {
    const reference = contentOf(first);
    return clients.every((client) => contentOf(client.doc) === reference) && misses(reference, expected) === 0;
  };
  await waitFor(converged, 60_000, 'every editor to hold every marker').catch(() => undefined);
  const convergedMs = performance.now() - quietFrom;
  const allConverged = converged();
  const markersLostByClients = Math.max(...clients.map((client) => misses(contentOf(client.doc), expected)));

  // The derived plain text is written a moment after the last edit (textDelayMs).
  const serverText = async () => (await sessions[0]!.get<{ text: string }>(`/api/proposals/${proposalId}/sections/${sectionId}`)).body.text;
  await waitFor(async () => misses(await serverText(), expected) === 0, 30_000, 'the stored plain text').catch(() => undefined);
  const markersLostInServerText = misses(await serverText(), expected);
  const markersLostInStoredUpdates = misses(contentOf(await storedDoc(server.db, sectionId)), expected);

  const memoryConnected = await server.memory({ collectGarbage: true });
  for (const client of clients) closeClient(client);
  process.setMaxListeners(maxListeners);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const memoryAfter = await server.memory({ collectGarbage: true });

  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    editors,
    sessions: `${officers.length} officers (lead and partner), ${editors / officers.length} sockets each`,
    seconds,
    markers: expected.size,
    allConverged,
    convergedAfterStopMs: Math.round(convergedMs),
    markersLostByClients,
    markersLostInServerText,
    markersLostInStoredUpdates,
    deliveries: latencies.length,
    propagationP50Ms: round(percentile(sorted, 0.5)),
    propagationP95Ms: round(percentile(sorted, 0.95)),
    serverCpuPercentOfOneCore,
    serverRssMb: { before: memoryBefore.rssMb, peak: peak.rssMb, connected: memoryConnected.rssMb, after: memoryAfter.rssMb },
    serverHeapMb: { before: memoryBefore.heapUsedMb, connected: memoryConnected.heapUsedMb, after: memoryAfter.heapUsedMb },
  };
}
