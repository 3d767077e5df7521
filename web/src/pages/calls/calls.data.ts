import { query, type RoutePreloadFunc } from '@solidjs/router';
import { api } from '../../lib/api.ts';
import type { CallPage, CallSearch } from '../../lib/api-types.ts';
import { readCallSearch, toCallsApiQuery } from '../../lib/call-search.ts';

/** One page of GET /api/calls for the search in the address bar. */
export const getCalls = query(
  (search: CallSearch) => api.get<CallPage>(`/api/calls?${toCallsApiQuery(search)}`),
  'calls',
);

export const preloadCalls: RoutePreloadFunc = ({ location }) => {
  void getCalls(readCallSearch(Object.fromEntries(new URLSearchParams(location.search))));
};
