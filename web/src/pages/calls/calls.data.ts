import { action, json, query, type RoutePreloadFunc } from '@solidjs/router';
import { api, segment } from '../../lib/api.ts';
import type { CallPage, CallSearch, SavedSearch, SavedSearchQuery } from '../../lib/api-types.ts';
import { readCallSearch, toCallsApiQuery } from '../../lib/call-search.ts';
import { getThemes } from '../municipalities/municipality.data.ts';

export { getThemes };

/** One page of GET /api/calls for the search in the address bar. */
export const getCalls = query(
  (search: CallSearch) => api.get<CallPage>(`/api/calls?${toCallsApiQuery(search)}`),
  'calls',
);

/** The user's saved searches. */
export const getSavedSearches = query(() => api.get<SavedSearch[]>('/api/saved-searches'), 'saved-searches');

// Saving or deleting a search changes only the list of saved searches: the calls shown stay as they are.
export const createSavedSearchAction = action(
  async (search: { name: string; query: SavedSearchQuery; notify: boolean }) =>
    json(await api.post<SavedSearch>('/api/saved-searches', search), { revalidate: getSavedSearches.key }),
  'create-saved-search',
);

export const deleteSavedSearchAction = action(async (id: string) => {
  await api.delete<void>(`/api/saved-searches/${segment(id)}`);
  return json(null, { revalidate: getSavedSearches.key });
}, 'delete-saved-search');

export const preloadCalls: RoutePreloadFunc = ({ location }) => {
  void getCalls(readCallSearch(Object.fromEntries(new URLSearchParams(location.search))));
  void getThemes();
};
