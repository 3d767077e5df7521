export interface SerialQueue {
  /** Runs the task after every task queued before it has settled; a failure does not stop later tasks. */
  run<T>(task: () => Promise<T> | T): Promise<T>;
}

/** One task at a time, in the order queued: a section's stores, syncs and snapshots never interleave. */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = tail.then(task);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
