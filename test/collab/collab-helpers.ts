import { randomUUID } from 'node:crypto';
import { getMunicipalityBySlug, proposalPartners, proposals, proposalSections, type Database } from '@cni/db';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A drafting proposal with one section, written straight to the database (the proposal API is tested elsewhere). */
export async function insertDraft(db: Database, { lead, partners = [] }: { lead: string; partners?: string[] }) {
  const leadMunicipality = await getMunicipalityBySlug({ db, slug: lead });
  const proposalId = randomUUID();
  const sectionId = randomUUID();
  await db.insert(proposals).values({ id: proposalId, title: 'Στέγαση και ένταξη', leadMunicipalityId: leadMunicipality!.id, templateKey: 'blank', status: 'drafting' });
  for (const slug of partners) {
    await db.insert(proposalPartners).values({ proposalId, municipalityId: (await getMunicipalityBySlug({ db, slug }))!.id });
  }
  await db.insert(proposalSections).values({ id: sectionId, proposalId, key: 'rationale', title: 'Rationale', position: 0 });
  return { proposalId, sectionId };
}

/** `ws` with the session cookie on the upgrade request, as a browser would send it; the provider news it up. */
export function webSocketWith(headers: Record<string, string>): typeof WebSocket {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  } as typeof WebSocket;
}

export interface SectionClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/** A stock y-websocket provider on a section, exactly as the browser editor connects (room `collab`). */
export function openSection(wsUrl: string, { proposalId, sectionId }: { proposalId: string; sectionId: string }, headers: Record<string, string>): SectionClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${wsUrl}/api/proposals/${proposalId}/sections/${sectionId}`, 'collab', doc, {
    WebSocketPolyfill: webSocketWith(headers) as never,
    // Providers in one process would otherwise sync with each other through a BroadcastChannel, not the server.
    disableBc: true,
    maxBackoffTime: 300,
  });
  return { doc, provider };
}

export function closeClient(client: SectionClient): void {
  client.provider.destroy();
  client.doc.destroy();
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function waitSynced(client: SectionClient, timeoutMs = 10_000): Promise<void> {
  return waitFor(() => client.provider.synced, timeoutMs, 'sync');
}

/** Appends a paragraph holding `text` to the section's ProseMirror-style content. */
export function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const content = doc.getXmlFragment('content');
  content.insert(content.length, [paragraph]);
}

/** The content as XML: equal strings mean equal documents, structure and text. */
export function contentOf(doc: Y.Doc): string {
  return doc.getXmlFragment('content').toString();
}

/** The section as the database holds it: every stored update applied to a fresh document. */
export async function storedDoc(db: Database, sectionId: string): Promise<Y.Doc> {
  const { rows } = await db.$client.execute({ sql: 'SELECT "update" FROM section_updates WHERE section_id = ? ORDER BY seq', args: [sectionId] });
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row.update as ArrayBuffer));
  return doc;
}
