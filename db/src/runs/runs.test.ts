import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLease } from '../leases/lease.ts';
import { sources } from '../schema/index.ts';
import { createTempDb, type TempDb } from '../testing/temp-db.ts';
import { finishRun, listRuns, markInterruptedRuns, startRun } from './runs.ts';

describe('source runs', () => {
  let handle: TempDb;
  let sourceId: string;
  beforeEach(async () => {
    handle = await createTempDb();
    sourceId = randomUUID();
    await handle.db.insert(sources).values({ id: sourceId, name: 'Feed', kind: 'rss', url: 'https://example.org/feed', options: {}, schedule: '0 * * * *', enabled: true });
  });
  afterEach(() => handle.destroy());

  it('records figures, error and duration when a run finishes', async () => {
    const runId = await startRun({ db: handle.db, sourceId, holder: 'p1', now: new Date('2026-11-26T10:00:00Z') });
    const run = await finishRun({
      db: handle.db,
      runId,
      now: new Date('2026-11-26T10:00:02.500Z'),
      outcome: { status: 'error', fetched: 1, created: 0, updated: 0, unchanged: 0, error: { code: 'timeout', message: 'No answer in 15 s.' } },
    });
    expect(run).toMatchObject({ status: 'error', durationMs: 2500, error: { code: 'timeout', message: 'No answer in 15 s.' } });
    expect(await listRuns({ db: handle.db, sourceId })).toEqual([run]);
  });

  it('marks a run interrupted when its process no longer holds the source lease, and only then', async () => {
    const now = new Date('2026-11-26T10:05:00Z');
    const dead = await startRun({ db: handle.db, sourceId, holder: 'killed-process', now: new Date('2026-11-26T10:00:00Z') });
    const otherSource = randomUUID();
    await handle.db.insert(sources).values({ id: otherSource, name: 'Other', kind: 'rss', url: 'https://example.org/other', options: {}, schedule: '0 * * * *', enabled: true });
    await acquireLease({ db: handle.db, name: `source:${otherSource}`, holder: 'alive-process', ttlMs: 60_000, now });
    const alive = await startRun({ db: handle.db, sourceId: otherSource, holder: 'alive-process', now: new Date('2026-11-26T10:04:00Z') });

    expect(await markInterruptedRuns({ db: handle.db, now })).toBe(1);
    const [interrupted] = await listRuns({ db: handle.db, sourceId });
    expect(interrupted).toMatchObject({ id: dead, status: 'interrupted', error: { code: 'interrupted' } });
    const [running] = await listRuns({ db: handle.db, sourceId: otherSource });
    expect(running).toMatchObject({ id: alive, status: 'running' });
  });
});
