import { listHeartbeats } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from './job.ts';
import { heartbeatJob } from './scheduled/heartbeat.ts';
import { startScheduler } from './scheduler.ts';

describe('heartbeat job', () => {
  let handle: TempDb;
  beforeEach(async () => {
    handle = await createTempDb();
  });
  afterEach(() => handle.destroy());

  it('records itself with the time it ran and counts its beats', async () => {
    const deps = { db: handle.db, now: () => new Date('2026-11-26T10:00:00Z'), log: () => {} };
    await heartbeatJob.run(deps);
    await heartbeatJob.run({ ...deps, now: () => new Date('2026-11-26T10:01:00Z') });
    const [beat] = await listHeartbeats({ db: handle.db });
    expect(beat).toMatchObject({ job: 'heartbeat', lastBeatAt: '2026-11-26T10:01:00.000Z', beats: 2, processId: process.pid });
  });
});

describe('startScheduler', () => {
  let handle: TempDb;
  beforeEach(async () => {
    handle = await createTempDb();
  });
  afterEach(() => handle.destroy());

  it('runs every job once at start, and a failing job is logged without stopping the others', async () => {
    const messages: string[] = [];
    const failing: Job = { name: 'failing', schedule: '0 3 * * *', run: async () => Promise.reject(new Error('source down')) };
    const scheduler = startScheduler({ db: handle.db, jobs: [failing, heartbeatJob], log: (message) => messages.push(message) });
    await scheduler.stop();
    expect(messages).toEqual(['job failing failed: source down']);
    expect(await listHeartbeats({ db: handle.db })).toHaveLength(1);
  });

  it('refuses a job with an invalid schedule', () => {
    const broken: Job = { name: 'broken', schedule: 'every minute', run: async () => {} };
    expect(() => startScheduler({ db: handle.db, jobs: [broken] })).toThrow(/invalid schedule/);
  });
});
