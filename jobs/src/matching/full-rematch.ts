import { acquireLease, rematchAll, releaseLease, processHolder } from '@cni/db';
import type { Job } from '../job.ts';

const leaseName = 'matching:full';
// Far above the few seconds a recompute of 100,000 calls takes; a process that dies holding it frees it after this.
const leaseMs = 10 * 60 * 1000;

/**
 * Recomputes every need's matches each night (and once at start): calls close, open and come near their
 * deadline with no document changing, and incremental recomputes leave the rarity of words and lists that lost
 * a call to be settled. Several processes may share the database: the lease makes one of them do it.
 */
export const fullRematchJob: Job = {
  name: 'full-rematch',
  schedule: '30 3 * * *',
  async run({ db, now, log }) {
    const holder = processHolder();
    if (!(await acquireLease({ db, name: leaseName, holder, ttlMs: leaseMs, now: now() }))) return;
    try {
      const summary = await rematchAll({ db, now: now() });
      log(`matches: ${summary.matches} for ${summary.needs} needs from ${summary.calls} calls in ${summary.ms} ms, ${summary.notified} new`);
    } finally {
      await releaseLease({ db, name: leaseName, holder });
    }
  },
};
