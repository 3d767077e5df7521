import { createAsync, useAction } from '@solidjs/router';
import { createEffect } from 'solid-js';
import type { Announcement } from '../../lib/api-types.ts';
import { getAnnouncements, markAnnouncementOpenedAction } from './announcements.data.ts';

/**
 * Placed on an official call's page: records that the user opened the announcements of this call not yet
 * opened, so that the liaison sees who read it however the call was reached. Shows nothing; a failure
 * leaves the page as it is.
 */
export function RecordAnnouncementOpened(props: { callId: string }) {
  const announcements = createAsync(() => getAnnouncements(false).catch((): Announcement[] => []));
  const markOpened = useAction(markAnnouncementOpenedAction);
  // Once per announcement and page: recording reads the list again, which must not record again if it still says "not opened".
  const recorded = new Set<string>();
  // An effect reads the list without holding the page in its loading state.
  createEffect(() => {
    for (const announcement of announcements() ?? []) {
      if (announcement.call.id === props.callId && !announcement.openedByMe && !recorded.has(announcement.id)) {
        recorded.add(announcement.id);
        markOpened(announcement.id).catch(() => undefined);
      }
    }
  });
  return null;
}
