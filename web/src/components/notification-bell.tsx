import { A, createAsync, revalidate, useLocation } from '@solidjs/router';
import { createEffect, on, onCleanup, Show } from 'solid-js';
import { useI18n } from '../i18n/index.tsx';
import type { AppNotification } from '../lib/api-types.ts';
import { formatNumber } from '../lib/format.ts';
import { getUnreadNotifications } from '../pages/notifications/notifications.data.ts';

/** How often the count is read again on a page left open. */
const refreshEveryMs = 60_000;

/**
 * The bell in the header: a link to the notifications page with the number of unread ones, read again
 * every minute and on every change of page. A failure leaves the bell without a number, never an error.
 */
export function NotificationBell() {
  const { t, tCount, language } = useI18n();
  const location = useLocation();
  const unread = createAsync(() => getUnreadNotifications().catch((): AppNotification[] | null => null));
  const count = () => unread()?.length ?? 0;
  const refresh = () => void revalidate(getUnreadNotifications.key);

  const timer = setInterval(refresh, refreshEveryMs);
  onCleanup(() => clearInterval(timer));
  createEffect(on(() => location.pathname, refresh, { defer: true }));

  return (
    <A
      href="/notifications"
      class="notification-bell"
      classList={{ 'notification-bell--unread': count() > 0 }}
      activeClass="is-active"
      inactiveClass=""
      end
      aria-label={count() > 0 ? tCount('notifications.bell.unread', count()) : t('notifications.bell')}
    >
      <svg class="notification-bell__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path
          d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6z M9.5 19a2.5 2.5 0 0 0 5 0"
          fill="none"
          stroke="currentColor"
          stroke-width="1.8"
          stroke-linejoin="round"
        />
      </svg>
      <Show when={count() > 0}>
        <span class="notification-bell__count" aria-hidden="true">
          {count() > 99 ? '99+' : formatNumber(count(), language())}
        </span>
      </Show>
    </A>
  );
}
