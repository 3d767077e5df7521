import { rematchCalls, rematchNeeds, type Database } from '@cni/db';

/** What handlers and collectors tell after a write; they never wait for the recompute. */
export interface RematchQueue {
  needsChanged(needIds: readonly string[]): void;
  callsChanged(callIds: readonly string[]): void;
  /** Resolves once nothing is pending or running: for tests, and for a clean shutdown. */
  idle(): Promise<void>;
}

export interface RematchQueueOptions {
  db: Database;
  now?: () => Date;
  log?: (message: string) => void;
  /** How long changes gather before a recompute starts: a feed run or a form saved twice becomes one recompute. */
  delayMs?: number;
  /** The recomputes; the @cni/db verbs unless a test gives others. */
  verbs?: {
    rematchNeeds: typeof rematchNeeds;
    rematchCalls: typeof rematchCalls;
  };
}

/**
 * Recomputes matches off the request: changes are collected, and after a short delay one recompute runs for all
 * of them, one at a time (the db verbs serialise with the nightly full recompute too). A failing recompute is
 * logged and the next change tries again; the nightly full recompute repairs whatever was missed.
 */
export function createRematchQueue({
  db,
  now = () => new Date(),
  log = (message) => console.error(message),
  delayMs = 100,
  verbs = { rematchNeeds, rematchCalls },
}: RematchQueueOptions): RematchQueue {
  const pendingNeeds = new Set<string>();
  const pendingCalls = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let waiters: Array<() => void> = [];

  const isIdle = () => !timer && !running && pendingNeeds.size === 0 && pendingCalls.size === 0;

  function settle(): void {
    if (!isIdle()) return;
    const resolved = waiters;
    waiters = [];
    for (const resolve of resolved) resolve();
  }

  async function drain(): Promise<void> {
    while (pendingNeeds.size > 0 || pendingCalls.size > 0) {
      const needIds = [...pendingNeeds];
      const callIds = [...pendingCalls];
      pendingNeeds.clear();
      pendingCalls.clear();
      try {
        if (needIds.length > 0) await verbs.rematchNeeds({ db, needIds, now: now() });
        if (callIds.length > 0) await verbs.rematchCalls({ db, callIds, now: now() });
      } catch (error) {
        log(`rematch of ${needIds.length} need(s) and ${callIds.length} call(s) failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  function schedule(): void {
    if (timer || running) return;
    timer = setTimeout(() => {
      timer = undefined;
      running = drain().finally(() => {
        running = undefined;
        if (pendingNeeds.size > 0 || pendingCalls.size > 0) schedule();
        settle();
      });
    }, delayMs);
    // A pending recompute does not keep a finished process alive; the nightly run catches up.
    timer.unref();
  }

  return {
    needsChanged(needIds) {
      for (const id of needIds) pendingNeeds.add(id);
      if (needIds.length > 0) schedule();
    },
    callsChanged(callIds) {
      for (const id of callIds) pendingCalls.add(id);
      if (callIds.length > 0) schedule();
    },
    idle() {
      if (isIdle()) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
