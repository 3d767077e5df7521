import { action, query, type RoutePreloadFunc } from '@solidjs/router';
import { api, segment } from '../../lib/api.ts';
import type { AppNotification } from '../../lib/api-types.ts';

// Named apart (not "notifications" and "notifications-unread"): the router revalidates by key prefix.

/** The user's notifications, newest first. */
export const getNotifications = query(() => api.get<AppNotification[]>('/api/notifications'), 'notification-list');

/** The unread ones only, for the bell's count. */
export const getUnreadNotifications = query(
  () => api.get<AppNotification[]>('/api/notifications?unread=true'),
  'unread-notifications',
);

export const markNotificationReadAction = action(
  (id: string) => api.post<void>(`/api/notifications/${segment(id)}/read`),
  'mark-notification-read',
);

export const markAllNotificationsReadAction = action(
  () => api.post<void>('/api/notifications/read-all'),
  'mark-all-notifications-read',
);

export const preloadNotifications: RoutePreloadFunc = () => {
  void getNotifications();
};
