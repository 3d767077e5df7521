import { A, createAsync } from '@solidjs/router';
import { For, Show, Suspense } from 'solid-js';
import { CallStatusBadge, DeadlineCountdown, OfficialBadge, ProgrammeBadge } from '../../components/call-badges.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Announcement, RelatedLesson } from '../../lib/api-types.ts';
import { formatDateTime, formatShortDate, toIsoString } from '../../lib/format.ts';
import { createNow } from '../../lib/now.ts';
import { AnnouncedCallLink, AnnouncementAudience } from './announced-call-link.tsx';
import { getAnnouncements, getCallLessons } from './announcements.data.ts';

/** How many lesson titles a card names; the call page lists them all. */
const lessonTitlesShown = 2;

/**
 * At the top of the calls: the ministry's announcements of open or forthcoming calls meant for the user,
 * newest first, each with what the network learnt from past submissions to such calls. A nicety above the
 * search: while it loads or if it fails, the calls are shown without it.
 */
export function AnnouncedCalls() {
  const { t } = useI18n();
  const announcements = createAsync(() => getAnnouncements(true).catch((): Announcement[] => []));
  return (
    <Suspense>
      <Show when={(announcements()?.length ?? 0) > 0}>
        <section class="announced-calls" aria-labelledby="announced-calls-heading">
          <div class="announced-calls__header">
            <h2 id="announced-calls-heading" class="announced-calls__heading">
              {t('announcements.onCalls.title')}
            </h2>
            <A href="/announcements" class="announced-calls__all" activeClass="" inactiveClass="">
              {t('announcements.onCalls.all')}
            </A>
          </div>
          <ul class="announced-calls__list">
            <For each={announcements()}>{(announcement) => <AnnouncedCallCard announcement={announcement} />}</For>
          </ul>
        </section>
      </Show>
    </Suspense>
  );
}

function AnnouncedCallCard(props: { announcement: Announcement }) {
  const { t, language } = useI18n();
  const now = createNow();
  const call = () => props.announcement.call;
  const titleId = () => `announced-${props.announcement.id}`;
  return (
    <li class="card announced-call" classList={{ 'announced-call--unread': !props.announcement.openedByMe }}>
      <article aria-labelledby={titleId()}>
        <div class="call-card__badges">
          <OfficialBadge />
          <ProgrammeBadge programme={call().programme} />
          <CallStatusBadge status={call().status} />
          <Show when={!props.announcement.openedByMe}>
            <span class="badge badge--new">{t('announcements.unread')}</span>
          </Show>
        </div>
        <h3 id={titleId()} class="call-card__title">
          <AnnouncedCallLink announcement={props.announcement} class="announced-call__link">
            {call().title}
          </AnnouncedCallLink>
        </h3>
        <p class="announced-call__message">{props.announcement.message}</p>
        <p class="announced-call__meta">
          <Show when={call().deadline}>
            {(deadline) => (
              <span class="announced-call__deadline">
                {t('call.deadline')}: <time datetime={toIsoString(deadline())}>{formatDateTime(deadline(), language())}</time>{' '}
                <DeadlineCountdown deadline={deadline()} now={now()} />
              </span>
            )}
          </Show>
          <span class="announced-call__from">
            {t('announcements.onCalls.from', { date: formatShortDate(props.announcement.createdAt, language()) })}
            {' · '}
            {t('announcements.audience')}: <AnnouncementAudience announcement={props.announcement} />
          </span>
        </p>
        <AnnouncedCallLessons callId={call().id} />
      </article>
    </li>
  );
}

/** "2 lessons from past submissions: «…», «…»". Lessons are a nicety here: none, or a failure, shows nothing. */
function AnnouncedCallLessons(props: { callId: string }) {
  const { t, tCount } = useI18n();
  const lessons = createAsync(() => getCallLessons(props.callId).catch((): RelatedLesson[] => []));
  const titles = () =>
    (lessons() ?? [])
      .slice(0, lessonTitlesShown)
      .map((lesson) => t('announcements.onCalls.lessonTitle', { title: lesson.title }))
      .join(', ');
  return (
    <Suspense>
      <Show when={(lessons()?.length ?? 0) > 0}>
        <p class="announced-call__lessons">
          <svg class="announced-call__lessons-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path
              d="M2 3.5 C4 2.5 6 2.5 8 3.5 C10 2.5 12 2.5 14 3.5 V13 C12 12 10 12 8 13 C6 12 4 12 2 13 Z M8 3.5 V13"
              fill="none"
              stroke="currentColor"
              stroke-width="1.4"
              stroke-linejoin="round"
            />
          </svg>
          <span>
            <strong class="announced-call__lessons-count">{tCount('announcements.onCalls.lessons', lessons()?.length ?? 0)}</strong>
            {': '}
            {titles()}
            <Show when={(lessons()?.length ?? 0) > lessonTitlesShown}>{t('announcements.onCalls.moreLessons')}</Show>
          </span>
        </p>
      </Show>
    </Suspense>
  );
}
