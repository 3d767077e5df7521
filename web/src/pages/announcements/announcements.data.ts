import { action, json, query, type RoutePreloadFunc } from '@solidjs/router';
import { ApiError, api, isApiError, segment } from '../../lib/api.ts';
import type { Announcement, AnnouncementReach, NewAnnouncement } from '../../lib/api-types.ts';
import { liftCallIssues } from '../../lib/announcement-form.ts';
import { getCalls } from '../calls/calls.data.ts';
import { getCallLessons } from '../lessons/lessons.data.ts';
import { getMunicipalities } from '../municipalities/municipalities.data.ts';
import { getThemes } from '../municipalities/municipality.data.ts';

// The lessons of an announced call: the same read as the call page's lessons panel, so one answer serves both.
export { getCallLessons, getMunicipalities, getThemes };

/**
 * The announcements the user is meant to see, newest first (an officer: those for their municipality or for
 * all); `isActive` keeps those whose call is open or forthcoming.
 */
export const getAnnouncements = query(
  (isActive: boolean) => api.get<Announcement[]>(`/api/announcements${isActive ? '?active=true' : ''}`),
  'announcements',
);

/** Which targeted municipalities opened one announcement, and what they started for its call. */
export const getAnnouncementReach = query(
  (id: string) => api.get<AnnouncementReach>(`/api/announcements/${segment(id)}/reach`),
  'announcement-reach',
);

/** Announces a call; a refused field of the call is reported at the call's own field (see liftCallIssues). */
export const announceAction = action(async (announcement: NewAnnouncement) => {
  try {
    const created = await api.post<{ id: string; callId: string }>('/api/announcements', announcement);
    // The new official call is one of the calls too.
    return json(created, { revalidate: [getAnnouncements.key, getCalls.key] });
  } catch (error) {
    if (!isApiError(error, 400)) throw error;
    throw new ApiError(error.status, error.code, error.message, error.requestId, liftCallIssues(error.issues));
  }
}, 'announce');

/** Records that the user opened an announcement (the API keeps only the first time); read again for `openedByMe`. */
export const markAnnouncementOpenedAction = action(async (id: string) => {
  await api.post<void>(`/api/announcements/${segment(id)}/opened`);
  return json(null, { revalidate: [getAnnouncements.key, getAnnouncementReach.keyFor(id)] });
}, 'mark-announcement-opened');

export const preloadAnnouncements: RoutePreloadFunc = () => {
  void getAnnouncements(false);
};
