import { A, useAction } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { useI18n } from '../../i18n/index.tsx';
import type { Announcement } from '../../lib/api-types.ts';
import { formatNameList } from '../../lib/name-list.ts';
import { markAnnouncementOpenedAction } from './announcements.data.ts';

/**
 * The way to an announced call: following it records that the user opened the announcement (the call page
 * records it too, for a link opened in a new tab or from a notification).
 */
export function AnnouncedCallLink(props: { announcement: Announcement; class?: string; children: JSX.Element }) {
  const markOpened = useAction(markAnnouncementOpenedAction);
  return (
    <A
      href={`/calls/${encodeURIComponent(props.announcement.call.id)}`}
      class={props.class}
      activeClass=""
      inactiveClass=""
      onClick={() => {
        // Not awaited: the call opens at once; a failed record is made again by the call page.
        if (!props.announcement.openedByMe) markOpened(props.announcement.id).catch(() => undefined);
      }}
    >
      {props.children}
    </A>
  );
}

/** Who an announcement is for: "Αθήνα και Λάρισα", or "Όλοι οι δήμοι του δικτύου". */
export function AnnouncementAudience(props: { announcement: Announcement }) {
  const { t, language } = useI18n();
  const names = () =>
    props.announcement.targetMunicipalities.map((municipality) => (language() === 'el' ? municipality.nameEl : municipality.name));
  return <>{names().length === 0 ? t('announcements.audience.all') : formatNameList(names(), language())}</>;
}
