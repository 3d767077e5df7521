import { createNotifications, listTrackedRevisions } from '@cni/db';
import type { Job } from '../job.ts';
import { describeRevision } from './describe-revision.ts';

// No watermark is stored: each run looks back over two days of revisions and the dedupe key
// `revision:<id>` drops what was already told. Two days cover a scheduler that was down over a weekend day.
const lookBackMs = 2 * 24 * 60 * 60 * 1000;

/** Tells everyone who follows a call that it changed ("Deadline extended: …"). */
export const callRevisionAlertsJob: Job = {
  name: 'call-revision-alerts',
  schedule: '*/10 * * * *',
  async run({ db, now }) {
    const at = now();
    const revisions = await listTrackedRevisions({ db, since: new Date(at.getTime() - lookBackMs) });
    await createNotifications({
      db,
      rows: revisions.map((revision) => ({
        userId: revision.userId,
        kind: 'call-revised' as const,
        title: describeRevision(revision.changes, revision.title),
        link: `/calls/${revision.callId}`,
        dedupeKey: `revision:${revision.revisionId}`,
      })),
      now: at,
    });
  },
};
