import type { Database } from '@cni/db';
import { describe, expect, it } from 'vitest';
import { createRematchQueue } from './rematch-queue.ts';

function recordingVerbs({ failFirst = false } = {}) {
  const calls: Array<{ kind: 'needs' | 'calls'; ids: readonly string[] }> = [];
  let running = 0;
  let overlapped = false;
  let failures = failFirst ? 1 : 0;
  const record = (kind: 'needs' | 'calls') => async (ids: readonly string[]) => {
    running++;
    if (running > 1) overlapped = true;
    await new Promise((resolve) => setTimeout(resolve, 5));
    running--;
    calls.push({ kind, ids: [...ids].sort() });
    if (failures > 0) {
      failures--;
      throw new Error('database is locked');
    }
  };
  return {
    calls,
    overlapped: () => overlapped,
    verbs: {
      rematchNeeds: (async ({ needIds }: { needIds: readonly string[] }) => {
        await record('needs')(needIds);
        return { matches: 0 };
      }) as never,
      rematchCalls: (async ({ callIds }: { callIds: readonly string[] }) => {
        await record('calls')(callIds);
        return { matches: 0, notified: 0 };
      }) as never,
    },
  };
}

const db = {} as Database;

describe('createRematchQueue', () => {
  it('gathers changes made together into one recompute and returns at once', async () => {
    const recorder = recordingVerbs();
    const queue = createRematchQueue({ db, delayMs: 10, verbs: recorder.verbs });
    queue.needsChanged(['n1']);
    queue.callsChanged(['c1', 'c2']);
    queue.needsChanged(['n2', 'n1']);
    expect(recorder.calls).toEqual([]);
    await queue.idle();
    expect(recorder.calls).toEqual([
      { kind: 'needs', ids: ['n1', 'n2'] },
      { kind: 'calls', ids: ['c1', 'c2'] },
    ]);
  });

  it('runs one recompute at a time, and takes changes made meanwhile in the next', async () => {
    const recorder = recordingVerbs();
    const queue = createRematchQueue({ db, delayMs: 1, verbs: recorder.verbs });
    queue.callsChanged(['c1']);
    await new Promise((resolve) => setTimeout(resolve, 3));
    queue.callsChanged(['c2']);
    queue.callsChanged(['c3']);
    await queue.idle();
    expect(recorder.overlapped()).toBe(false);
    expect(recorder.calls).toEqual([
      { kind: 'calls', ids: ['c1'] },
      { kind: 'calls', ids: ['c2', 'c3'] },
    ]);
  });

  it('logs a failed recompute instead of throwing, and keeps working', async () => {
    const recorder = recordingVerbs({ failFirst: true });
    const messages: string[] = [];
    const queue = createRematchQueue({ db, delayMs: 1, verbs: recorder.verbs, log: (message) => messages.push(message) });
    queue.needsChanged(['n1']);
    await queue.idle();
    queue.needsChanged(['n2']);
    await queue.idle();
    expect(messages).toEqual(['rematch of 1 need(s) and 0 call(s) failed: database is locked']);
    expect(recorder.calls.map((call) => call.ids)).toEqual([['n1'], ['n2']]);
  });

  it('is idle at once when nothing changed', async () => {
    const queue = createRematchQueue({ db, verbs: recordingVerbs().verbs });
    await expect(queue.idle()).resolves.toBeUndefined();
  });
});
