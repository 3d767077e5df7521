import { action, json, query, type RoutePreloadFunc } from '@solidjs/router';
import { api, isApiError, segment } from '../../lib/api.ts';
import type { CallDetail, CallMatch, TrackedCall } from '../../lib/api-types.ts';
import { getThemes } from '../municipalities/municipality.data.ts';

export { getThemes };

/** One call with its revisions (newest first) and the sources it was found in; 404 is thrown. */
export const getCall = query((id: string) => api.get<CallDetail>(`/api/calls/${segment(id)}`), 'call');

export type CallMatchesAnswer = { isVisible: true; matches: CallMatch[] } | { isVisible: false };

/**
 * The needs a call fits, best first: an officer's own municipality's, or every municipality's for the
 * network-wide roles. A role that may see no needs gets 403: an expected answer, the section is left out.
 */
export const getCallMatches = query(async (id: string): Promise<CallMatchesAnswer> => {
  try {
    return { isVisible: true, matches: await api.get<CallMatch[]>(`/api/calls/${segment(id)}/matches`) };
  } catch (error) {
    if (isApiError(error, 403)) return { isVisible: false };
    throw error;
  }
}, 'call-matches');

/** The calls the user tracks (deadline in their calendar, alerts on revisions). */
export const getTrackedCalls = query(() => api.get<TrackedCall[]>('/api/tracked-calls'), 'tracked-calls');

/** Tracks a call or stops tracking it; only the tracked list is read again, not the call or its matches. */
export const setCallTrackedAction = action(async (id: string, isTracked: boolean) => {
  const path = `/api/calls/${segment(id)}/track`;
  if (isTracked) await api.put<void>(path);
  else await api.delete<void>(path);
  return json(null, { revalidate: getTrackedCalls.key });
}, 'track-call');

export const preloadCall: RoutePreloadFunc = ({ params }) => {
  const id = params.id;
  if (!id) return;
  void getCall(id);
  void getThemes();
  void getCallMatches(id);
  void getTrackedCalls();
};
