import { query, type RoutePreloadFunc } from '@solidjs/router';
import { api } from '../../lib/api.ts';
import type { Dashboard } from '../../lib/dashboard-types.ts';
import { getMunicipalities } from '../municipalities/municipalities.data.ts';
import { getThemes } from '../municipalities/municipality.data.ts';

export { getMunicipalities, getThemes };

/**
 * The figures of one municipality (its slug) or of the whole network (undefined). An officer gets their own
 * municipality's without naming it; the liaison gets 403.
 */
export const getDashboard = query(
  (municipality: string | undefined) =>
    api.get<Dashboard>(`/api/dashboard${municipality ? `?${new URLSearchParams({ municipality })}` : ''}`),
  'dashboard',
);

/** `?municipality=` of the address: the scope a coordinator chose; none is the whole network. */
export function readDashboardScope(value: string | null | undefined): string | undefined {
  return value?.trim() || undefined;
}

export const preloadDashboard: RoutePreloadFunc = ({ location }) => {
  void getDashboard(readDashboardScope(new URLSearchParams(location.search).get('municipality')));
};
