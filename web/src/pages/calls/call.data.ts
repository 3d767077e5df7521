import { query, type RoutePreloadFunc } from '@solidjs/router';
import { api, segment } from '../../lib/api.ts';
import type { CallDetail } from '../../lib/api-types.ts';
import { getThemes } from '../municipalities/municipality.data.ts';

export { getThemes };

/** One call with its revisions (newest first) and the sources it was found in; 404 is thrown. */
export const getCall = query((id: string) => api.get<CallDetail>(`/api/calls/${segment(id)}`), 'call');

export const preloadCall: RoutePreloadFunc = ({ params }) => {
  const id = params.id;
  if (!id) return;
  void getCall(id);
  void getThemes();
};
