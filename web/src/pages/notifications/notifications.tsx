import { A, createAsync, revalidate, useAction, useSubmission } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { BusyButton } from '../../components/busy-button.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { EmptyState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { AppNotification } from '../../lib/api-types.ts';
import { formatDateTime, toIsoString } from '../../lib/format.ts';
import { toInAppPath } from '../../lib/in-app-path.ts';
import { useSession } from '../../session.tsx';
import {
  getNotifications,
  getUnreadNotifications,
  markAllNotificationsReadAction,
  markNotificationReadAction,
} from './notifications.data.ts';

export default function NotificationsPage() {
  const { t } = useI18n();
  usePageTitle(() => t('notifications.title'));
  return (
    <div class="page">
      <PageHeader title={t('notifications.title')} intro={t('notifications.intro')} />
      <div class="notifications-layout">
        <section class="notifications-layout__list" aria-labelledby="notifications-heading">
          <h2 id="notifications-heading" class="visually-hidden">
            {t('notifications.title')}
          </h2>
          <AsyncBoundary refetch={() => revalidate([getNotifications.key, getUnreadNotifications.key])}>
            <NotificationList />
          </AsyncBoundary>
        </section>
        <CalendarSubscription />
      </div>
    </div>
  );
}

function NotificationList() {
  const { t, tCount } = useI18n();
  const notifications = createAsync(() => getNotifications());
  const markAll = useAction(markAllNotificationsReadAction);
  const markAllSubmission = useSubmission(markAllNotificationsReadAction);
  const [hasFailed, setHasFailed] = createSignal(false);
  const unreadCount = () => (notifications() ?? []).filter((notification) => !notification.readAt).length;

  const markAllRead = async () => {
    setHasFailed(false);
    try {
      await markAll();
    } catch {
      setHasFailed(true);
    }
  };

  return (
    <Show when={notifications()}>
      {(list) => (
        <Show
          when={list().length > 0}
          fallback={
            <EmptyState title={t('notifications.empty.title')}>
              <p>{t('notifications.empty.body')}</p>
            </EmptyState>
          }
        >
          <div class="notifications-toolbar">
            <p class="result-count" aria-live="polite">
              {tCount('notifications.count', list().length)}
              <Show when={unreadCount() > 0}>
                {' · '}
                {tCount('notifications.unreadCount', unreadCount())}
              </Show>
            </p>
            <Show when={unreadCount() > 0}>
              <BusyButton
                type="button"
                class="button button--secondary"
                isBusy={markAllSubmission.pending}
                busyLabel={t('notifications.markingAll')}
                onClick={() => void markAllRead()}
              >
                {t('notifications.markAllRead')}
              </BusyButton>
            </Show>
          </div>
          <Show when={hasFailed()}>
            <p class="inline-error" role="alert">
              {t('notifications.failed')}
            </p>
          </Show>
          <ul class="notification-list">
            <For each={list()}>{(notification) => <NotificationEntry notification={notification} />}</For>
          </ul>
        </Show>
      )}
    </Show>
  );
}

function NotificationEntry(props: { notification: AppNotification }) {
  const { t, language } = useI18n();
  const markRead = useAction(markNotificationReadAction);
  const [hasFailed, setHasFailed] = createSignal(false);
  const isUnread = () => !props.notification.readAt;
  // Only addresses inside the app are followed: a notification's link is data, not something to trust.
  const link = () => toInAppPath(props.notification.link);

  const read = async () => {
    if (!isUnread()) return;
    setHasFailed(false);
    try {
      await markRead(props.notification.id);
    } catch {
      setHasFailed(true);
    }
  };

  return (
    <li class="notification" classList={{ 'notification--unread': isUnread() }}>
      <div class="notification__body">
        <Show when={isUnread()}>
          <span class="badge badge--accent notification__new">{t('notifications.unread')}</span>
        </Show>
        <Show when={link()} fallback={<span class="notification__title">{props.notification.title}</span>}>
          {(href) => (
            <A href={href()} class="notification__title" activeClass="" inactiveClass="" onClick={() => void read()}>
              {props.notification.title}
            </A>
          )}
        </Show>
        <time class="notification__time" datetime={toIsoString(props.notification.createdAt)}>
          {formatDateTime(props.notification.createdAt, language())}
        </time>
      </div>
      <Show when={isUnread()}>
        <button
          type="button"
          class="button button--quiet notification__mark"
          aria-label={t('notifications.markReadLabel', { title: props.notification.title })}
          onClick={() => void read()}
        >
          {t('notifications.markRead')}
        </button>
      </Show>
      <Show when={hasFailed()}>
        <p class="inline-error" role="alert">
          {t('notifications.failed')}
        </p>
      </Show>
    </li>
  );
}

/** The user's personal iCal address, to subscribe to in Outlook or Google Calendar. */
function CalendarSubscription() {
  const { t } = useI18n();
  const session = useSession();
  const [copyState, setCopyState] = createSignal<'idle' | 'copied' | 'failed'>('idle');
  let address: HTMLElement | undefined;

  const copy = async () => {
    const url = session.user()?.calendarUrl ?? '';
    try {
      await navigator.clipboard.writeText(url);
      setCopyState('copied');
    } catch {
      // The clipboard can be refused (permissions, an insecure origin): select the text for a manual copy.
      if (address) window.getSelection()?.selectAllChildren(address);
      setCopyState('failed');
    }
  };

  return (
    <Show when={session.user()?.calendarUrl}>
      {(url) => (
        <section class="calendar-card card" aria-labelledby="calendar-heading">
          <h2 id="calendar-heading">{t('calendar.title')}</h2>
          <p>{t('calendar.body')}</p>
          <p id="calendar-url-label" class="field__label">
            {t('calendar.url')}
          </p>
          <div class="copy-field" role="group" aria-labelledby="calendar-url-label">
            {/* Shown whole (it is long), as text that can also be selected by hand. */}
            <code ref={address} id="calendar-url" class="copy-field__value" aria-describedby="calendar-private">
              {url()}
            </code>
            <button type="button" class="button button--primary" onClick={() => void copy()}>
              {t('calendar.copy')}
            </button>
          </div>
          <p class="calendar-card__status" role="status">
            {copyState() === 'copied' ? t('calendar.copied') : copyState() === 'failed' ? t('calendar.copyFailed') : ''}
          </p>
          <p id="calendar-private" class="field__hint">
            {t('calendar.private')}
          </p>
          <ul class="calendar-card__steps">
            <li>{t('calendar.outlook')}</li>
            <li>{t('calendar.google')}</li>
          </ul>
        </section>
      )}
    </Show>
  );
}
