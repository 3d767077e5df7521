import { appendSectionUpdate, compactSectionUpdates, createSectionVersion, loadSectionUpdates, saveSectionPlainText, type Database } from '@cni/db';
import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CollabOptions } from './collab-options.ts';
import { contentFragmentName, sectionPlainText } from './plain-text.ts';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, keepOwnAwareness, readMessage } from './protocol.ts';
import { createSerialQueue } from './serial-queue.ts';

interface Connection {
  socket: WebSocket;
  /** Coordinators and readers sync and show presence, but their document changes are dropped. */
  isReadOnly: boolean;
  /** Awareness client ids this connection announced, removed when it goes. */
  awarenessIds: Set<number>;
}

/** Origin of changes the server itself makes (restore); they have no connection to skip when broadcasting. */
const serverOrigin = Symbol('server');
const loadOrigin = Symbol('load');

/**
 * One section's document in memory with its connections. Everything that reads or changes the document runs
 * on one queue, after the stored updates were loaded: a change is applied, stored (awaited), and only then
 * sent to anyone, so nothing a client has received from the server can be missing from the database.
 */
export class LiveSection {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Map<WebSocket, Connection>();
  readonly queue = createSerialQueue();
  isUnloaded = false;
  private storedCount = 0;
  private lastSeq = 0;
  private lastEditAt: number | null = null;
  private captured: Uint8Array[] = [];
  private textTimer: NodeJS.Timeout | undefined;
  private unloadTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly sectionId: string,
    private readonly db: Database,
    private readonly options: CollabOptions,
    private readonly onUnload: (section: LiveSection) => void,
  ) {
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== loadOrigin) this.captured.push(update);
    });
    this.awareness.on('update', ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>, origin: unknown) => {
      const connection = origin instanceof Object && 'awarenessIds' in origin ? (origin as Connection) : null;
      if (connection) {
        for (const id of [...added, ...updated]) connection.awarenessIds.add(id);
        for (const id of removed) connection.awarenessIds.delete(id);
      }
      const message = encodeAwareness(this.awareness, [...added, ...updated, ...removed]);
      for (const other of this.connections.values()) send(other.socket, message);
    });
    void this.queue.run(() => this.load());
  }

  // Load before sync: the first task on the queue, so no client is answered from an empty document.
  private async load(): Promise<void> {
    let stored: Awaited<ReturnType<typeof loadSectionUpdates>>;
    try {
      stored = await loadSectionUpdates({ db: this.db, sectionId: this.sectionId });
    } catch (error) {
      // Answering from an empty document would be worse than no answer: clients retry and reconnect.
      console.error(`collab: loading section ${this.sectionId} failed`, error);
      this.unload(1011);
      return;
    }
    if (stored.updates.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates(stored.updates), loadOrigin);
    this.storedCount = stored.updates.length;
    this.lastSeq = stored.lastSeq;
    this.lastEditAt = stored.lastStoredAt ? Date.parse(stored.lastStoredAt) : null;
  }

  connect(socket: WebSocket, isReadOnly: boolean): void {
    clearTimeout(this.unloadTimer);
    const connection: Connection = { socket, isReadOnly, awarenessIds: new Set() };
    this.connections.set(socket, connection);
    void this.queue.run(() => {
      if (this.isUnloaded) return;
      send(socket, encodeSyncStep1(this.doc));
      const states = [...this.awareness.getStates().keys()];
      if (states.length > 0) send(socket, encodeAwareness(this.awareness, states));
    });
    socket.on('message', (data: Buffer) => {
      this.queue.run(() => this.receive(connection, new Uint8Array(data))).catch(() => socket.close(1003, 'malformed message'));
    });
    socket.on('close', () => this.disconnect(connection));
  }

  private disconnect(connection: Connection): void {
    if (!this.connections.delete(connection.socket)) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessIds], null);
    if (this.connections.size === 0) this.scheduleUnload();
  }

  /** A connection speaks for the one client id it announced first, if no other connection holds it. */
  private mayAnnounce(connection: Connection, clientId: number): boolean {
    if (connection.awarenessIds.has(clientId)) return true;
    if (connection.awarenessIds.size > 0) return false;
    return ![...this.connections.values()].some((other) => other !== connection && other.awarenessIds.has(clientId));
  }

  private async receive(connection: Connection, data: Uint8Array): Promise<void> {
    if (this.isUnloaded) return;
    const message = readMessage(data);
    if (message.kind === 'sync-step-1') {
      send(connection.socket, encodeSyncStep2(this.doc, message.stateVector));
    } else if (message.kind === 'update') {
      if (connection.isReadOnly) return;
      await this.snapshotAfterPause();
      Y.applyUpdate(this.doc, message.update, connection);
      await this.commit(connection);
    } else if (message.kind === 'awareness') {
      const own = keepOwnAwareness(message.update, (clientId) => this.mayAnnounce(connection, clientId));
      if (own) awarenessProtocol.applyAwarenessUpdate(this.awareness, own, connection);
    } else if (message.kind === 'query-awareness') {
      send(connection.socket, encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
    }
  }

  /**
   * Stores what the last change actually changed (nothing for a repeated update) and then sends it to the
   * other connections. If the store fails, the document is dropped and every client reconnects to one
   * loaded from the database, sending back what it has that the database lacks.
   */
  private async commit(origin: Connection | null): Promise<void> {
    const captured = this.captured;
    this.captured = [];
    if (captured.length === 0) return;
    const update = captured.length === 1 ? captured[0]! : Y.mergeUpdates(captured);
    try {
      this.lastSeq = await appendSectionUpdate({ db: this.db, sectionId: this.sectionId, update });
    } catch (error) {
      console.error(`collab: storing an update of section ${this.sectionId} failed`, error);
      this.unload(1011);
      return;
    }
    this.storedCount += 1;
    this.lastEditAt = Date.now();
    const message = encodeUpdate(update);
    for (const connection of this.connections.values()) if (connection !== origin) send(connection.socket, message);
    this.scheduleText();
    if (this.storedCount > this.options.compactAfter) await this.compact();
  }

  private async compact(): Promise<void> {
    await compactSectionUpdates({ db: this.db, sectionId: this.sectionId, upToSeq: this.lastSeq, merged: Y.encodeStateAsUpdate(this.doc) });
    this.storedCount = 1;
  }

  private async snapshotAfterPause(): Promise<void> {
    if (this.lastEditAt === null || Date.now() - this.lastEditAt < this.options.autoSnapshotAfterIdleMs) return;
    if (this.doc.getXmlFragment(contentFragmentName).length === 0) return;
    await this.saveVersion({ name: null, kind: 'automatic', createdBy: null });
  }

  /** Must run on the queue. */
  async saveVersion({ name, kind, createdBy }: { name: string | null; kind: 'named' | 'automatic'; createdBy: string | null }) {
    return createSectionVersion({
      db: this.db,
      version: { sectionId: this.sectionId, name, kind, createdBy, state: Y.encodeStateAsUpdate(this.doc), plainText: sectionPlainText(this.doc) },
    });
  }

  /**
   * Must run on the queue. Replaces the content by a copy of an old state's content as a new change, so
   * connected clients receive it like any edit; the old state is never loaded in place of the document.
   */
  async restore(state: Uint8Array): Promise<void> {
    const old = new Y.Doc();
    Y.applyUpdate(old, state);
    const fragment = this.doc.getXmlFragment(contentFragmentName);
    const copies = old
      .getXmlFragment(contentFragmentName)
      .toArray()
      .filter((node): node is Y.XmlElement | Y.XmlText => node instanceof Y.XmlElement || node instanceof Y.XmlText)
      .map((node) => node.clone());
    this.doc.transact(() => {
      fragment.delete(0, fragment.length);
      fragment.insert(0, copies);
    }, serverOrigin);
    old.destroy();
    await this.commit(null);
  }

  private scheduleText(): void {
    clearTimeout(this.textTimer);
    this.textTimer = setTimeout(() => void this.queue.run(() => this.saveText()), this.options.textDelayMs);
  }

  private async saveText(): Promise<void> {
    if (this.isUnloaded) return;
    clearTimeout(this.textTimer);
    await saveSectionPlainText({ db: this.db, sectionId: this.sectionId, plainText: sectionPlainText(this.doc) });
  }

  private scheduleUnload(): void {
    clearTimeout(this.unloadTimer);
    this.unloadTimer = setTimeout(() => void this.queue.run(() => this.unloadIfIdle()), this.options.unloadAfterMs);
  }

  /** Must run on the queue, so no store is running: the last text is written, then the memory freed. */
  async unloadIfIdle(): Promise<void> {
    if (this.connections.size > 0 || this.isUnloaded) return;
    await this.saveText();
    this.unload(1001);
  }

  /** Must run on the queue. Closes every connection (clients reconnect) and frees the document. */
  async flushAndUnload(): Promise<void> {
    if (this.isUnloaded) return;
    await this.saveText();
    this.unload(1001);
  }

  private unload(closeCode: number): void {
    this.isUnloaded = true;
    clearTimeout(this.textTimer);
    clearTimeout(this.unloadTimer);
    for (const connection of this.connections.values()) connection.socket.close(closeCode);
    this.connections.clear();
    this.awareness.destroy();
    this.doc.destroy();
    this.onUnload(this);
  }

  /** Used when nothing is connected after a version operation: unload later like after a disconnect. */
  releaseIfIdle(): void {
    if (this.connections.size === 0 && !this.isUnloaded) this.scheduleUnload();
  }
}

function send(socket: WebSocket, message: Uint8Array): void {
  // A socket closing meanwhile cannot take the message; it resyncs on reconnect.
  if (socket.readyState === socket.OPEN) socket.send(message);
}
