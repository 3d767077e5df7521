import { action, type RoutePreloadFunc } from '@solidjs/router';
import { api } from '../../lib/api.ts';
import type { Call, NewCall } from '../../lib/api-types.ts';
import { getThemes } from '../municipalities/municipality.data.ts';

export { getThemes };

/** POST /api/calls (liaison, coordinator, admin); answers the new call, or throws with the refused fields. */
export const createCallAction = action((call: NewCall) => api.post<Call>('/api/calls', call), 'create-call');

export const preloadNewCall: RoutePreloadFunc = () => {
  void getThemes();
};
