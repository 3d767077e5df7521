import type { Database } from '@cni/db';
import type { WebSocket } from 'ws';
import { defaultCollabOptions, type CollabOptions } from './collab-options.ts';
import { LiveSection } from './live-section.ts';

/** The documents open in this process for one database. */
export interface CollabRegistry {
  connect(socket: WebSocket, { sectionId, isReadOnly }: { sectionId: string; isReadOnly: boolean }): void;
  /** Runs `task` on the section's queue with its document loaded (loading it if nobody has it open). */
  withSection<T>(sectionId: string, task: (section: LiveSection) => Promise<T> | T): Promise<T>;
  /** Closes every connection, writes every open document's text, frees them. */
  close(): Promise<void>;
  readonly openSectionCount: number;
}

// Two live copies of one section in one process would each store their own edits and drift apart, so the
// socket and the version routes share one registry per database handle.
const registries = new WeakMap<Database, CollabRegistry>();

export function collabRegistryFor(db: Database, options: Partial<CollabOptions> = {}): CollabRegistry {
  let registry = registries.get(db);
  if (!registry) {
    registry = createCollabRegistry(db, { ...defaultCollabOptions, ...options }, () => registries.delete(db));
    registries.set(db, registry);
  }
  return registry;
}

function createCollabRegistry(db: Database, options: CollabOptions, onClose: () => void): CollabRegistry {
  const sections = new Map<string, LiveSection>();
  const obtain = (sectionId: string) => {
    let section = sections.get(sectionId);
    if (!section) {
      section = new LiveSection(sectionId, db, options, (unloaded) => {
        if (sections.get(sectionId) === unloaded) sections.delete(sectionId);
      });
      sections.set(sectionId, section);
    }
    return section;
  };

  return {
    connect(socket, { sectionId, isReadOnly }) {
      obtain(sectionId).connect(socket, isReadOnly);
    },
    async withSection(sectionId, task) {
      const section = obtain(sectionId);
      const outcome = await section.queue.run(async () => (section.isUnloaded ? { retry: true as const } : { retry: false as const, value: await task(section) }));
      // Unloaded between obtaining and running: the next obtain loads it afresh from the database.
      if (outcome.retry) return this.withSection(sectionId, task);
      section.releaseIfIdle();
      return outcome.value;
    },
    async close() {
      onClose();
      await Promise.all([...sections.values()].map((section) => section.queue.run(() => section.flushAndUnload())));
    },
    get openSectionCount() {
      return sections.size;
    },
  };
}
