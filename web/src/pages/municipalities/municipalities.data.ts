import { query, type RoutePreloadFunc } from '@solidjs/router';
import { api } from '../../lib/api.ts';
import type { Municipality } from '../../lib/api-types.ts';

export const getMunicipalities = query(() => api.get<Municipality[]>('/api/municipalities'), 'municipalities');

export const preloadMunicipalities: RoutePreloadFunc = () => {
  void getMunicipalities();
};
