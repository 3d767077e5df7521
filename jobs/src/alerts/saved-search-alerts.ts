import { listCallPage, listSearchesToCheck, recordSearchCheck, toCallFilters, type NewNotification } from '@cni/db';
import type { Job } from '../job.ts';

// A call is written a moment after the instant it is stamped "first seen" with; looking back one run's
// interval catches a call committed just after the previous check. Dedupe keys keep it from notifying twice.
const lookBackMs = 15 * 60 * 1000;
// The newest calls of a search per run; a burst beyond this (a new source's first run) would only be noise.
const maxCallsPerCheck = 50;

function checkFrom(search: { createdAt: string; checkedAt: string }): string {
  const lookedBack = Date.parse(search.checkedAt) - lookBackMs;
  // Calls that were already there when the search was saved are not news to its owner.
  return new Date(Math.max(lookedBack, Date.parse(search.createdAt))).toISOString();
}

/** Tells the owner of each notifying saved search about calls first seen since its last check that meet it. */
export const savedSearchAlertsJob: Job = {
  name: 'saved-search-alerts',
  schedule: '*/15 * * * *',
  async run({ db, now, log }) {
    for (const search of await listSearchesToCheck({ db })) {
      const checkedAt = now();
      try {
        const items = await listCallPage({
          db,
          filters: { ...toCallFilters(search.query), firstSeenAfter: checkFrom(search), sort: 'newest', page: 1, pageSize: maxCallsPerCheck },
          now: checkedAt,
        });
        const notifications: NewNotification[] = items.map((call) => ({
          userId: search.userId,
          kind: 'saved-search',
          title: `New call for “${search.name}”: ${call.title}`,
          link: `/calls/${call.id}`,
          dedupeKey: `search:${search.id}:${call.id}`,
        }));
        await recordSearchCheck({ db, searchId: search.id, notifications, checkedAt });
      } catch (error) {
        // One broken search must not keep everyone else's alerts from going out.
        log(`saved search ${search.id} could not be checked: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  },
};
