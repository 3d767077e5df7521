import { acquireLease, findLease, seedReferenceData } from '@cni/db';
import { createTempDb, type TempDb } from '@cni/db/testing';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startScheduler } from '../scheduler.ts';
import { createNightlyBackupJob } from './nightly-backup.ts';

describe('nightly backup job', () => {
  let handle: TempDb;
  let dir: string;
  beforeEach(async () => {
    handle = await createTempDb();
    await seedReferenceData(handle.db);
    dir = mkdtempSync(join(tmpdir(), 'cni-nightly-'));
  });
  afterEach(() => {
    handle.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const at = (iso: string) => () => new Date(iso);

  it('is scheduled at 02:30 Athens time', () => {
    expect(createNightlyBackupJob({ dir, keep: 14 }).schedule).toBe('30 2 * * *');
  });

  it('takes one backup a night, skips when a recent one exists, keeps the newest `keep` and lets the lease go', async () => {
    const job = createNightlyBackupJob({ dir, keep: 2 });
    const messages: string[] = [];
    const log = (message: string) => messages.push(message);
    writeFileSync(join(dir, 'cni-20261101T003000Z.db'), 'an old backup');
    writeFileSync(join(dir, 'operator-copy.db'), 'not ours');

    await job.run({ db: handle.db, now: at('2026-11-24T00:30:00Z'), log });
    // A restart later that day finds tonight's copy and adds nothing.
    await job.run({ db: handle.db, now: at('2026-11-24T09:00:00Z'), log });
    await job.run({ db: handle.db, now: at('2026-11-25T00:30:00Z'), log });

    expect(readdirSync(dir).sort()).toEqual(['cni-20261124T003000Z.db', 'cni-20261125T003000Z.db', 'operator-copy.db']);
    expect(messages).toEqual([
      expect.stringMatching(/^backup: .*cni-20261124T003000Z\.db \(\d+ bytes, \d+ ms\), 0 old backups removed$/),
      expect.stringMatching(/^backup: .*cni-20261125T003000Z\.db \(\d+ bytes, \d+ ms\), 1 old backups removed$/),
    ]);
    expect(await findLease({ db: handle.db, name: 'backup:nightly' })).toBeUndefined();
  });

  it('leaves the backup to the process that holds the lease', async () => {
    const now = new Date('2026-11-24T00:30:00Z');
    await acquireLease({ db: handle.db, name: 'backup:nightly', holder: 'other-host:1', ttlMs: 60_000, now });
    await createNightlyBackupJob({ dir, keep: 14 }).run({ db: handle.db, now: () => now, log: () => {} });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('runs through the scheduler only when backup settings are given', async () => {
    const without = startScheduler({ db: handle.db, jobs: [], log: () => {} });
    await without.stop();
    expect(readdirSync(dir)).toEqual([]);
    const withBackup = startScheduler({ db: handle.db, jobs: [], log: () => {}, backup: { dir, keep: 14 } });
    await withBackup.stop();
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^cni-\d{8}T\d{6}Z\.db$/)]);
  });
});
