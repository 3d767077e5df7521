import { join } from 'node:path';
import { acquireLease, backupDatabase, backupFileName, releaseLease, processHolder } from '@cni/db';
import type { Job } from '../job.ts';
import { listBackups, pruneBackups } from './retention.ts';

/** Where the nightly backups go and how many of them are kept; read from BACKUP_DIR and BACKUP_KEEP. */
export interface BackupSettings {
  dir: string;
  keep: number;
}

const leaseName = 'backup:nightly';
// Far above the seconds a copy of the database takes; a process that dies holding it frees it after this.
const leaseMs = 30 * 60 * 1000;
// The nightly tick finds the previous night's copy about 24 hours old and takes a new one; the run at start (and a
// second process on the same tick, once the lease is free) finds a younger one and adds nothing.
const recentBackupMs = 20 * 60 * 60 * 1000;

/**
 * Copies the database every night at 02:30 Athens time, a quiet hour before the 03:30 rematch, and keeps the
 * newest `keep` copies. Several processes may share the database: the lease makes one of them do it.
 */
export function createNightlyBackupJob(settings: BackupSettings): Job {
  return {
    name: 'nightly-backup',
    schedule: '30 2 * * *',
    async run({ db, now, log }) {
      const holder = processHolder();
      if (!(await acquireLease({ db, name: leaseName, holder, ttlMs: leaseMs, now: now() }))) return;
      try {
        const newest = listBackups(settings.dir).at(-1);
        const age = newest ? now().getTime() - newest.takenAt.getTime() : Infinity;
        // A copy stamped in the future (a clock set wrong once) must not stop every later backup.
        if (age >= 0 && age < recentBackupMs) return;
        const backup = await backupDatabase({ db, target: join(settings.dir, backupFileName(now())) });
        const removed = pruneBackups(settings);
        log(`backup: ${backup.path} (${backup.bytes} bytes, ${backup.ms} ms), ${removed.length} old backups removed`);
      } finally {
        await releaseLease({ db, name: leaseName, holder });
      }
    },
  };
}
