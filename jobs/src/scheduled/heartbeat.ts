import { recordHeartbeat } from '@cni/db';
import type { Job } from '../job.ts';

/** Records once a minute that the scheduler is alive, so an operator can see a stalled job process. */
export const heartbeatJob: Job = {
  name: 'heartbeat',
  schedule: '* * * * *',
  async run({ db, now }) {
    await recordHeartbeat({ db, job: 'heartbeat', at: now() });
  },
};
