import { query, type RoutePreloadFunc } from '@solidjs/router';
import { api, isApiError, segment } from '../../lib/api.ts';
import type { MunicipalityDetail, Need, Theme } from '../../lib/api-types.ts';

export const getMunicipality = query(
  (slug: string) => api.get<MunicipalityDetail>(`/api/municipalities/${segment(slug)}`),
  'municipality',
);

export type MunicipalityNeeds = { isVisible: true; needs: Need[] } | { isVisible: false };

/**
 * The needs of one municipality. The API answers 403 or 404 to people outside it (another
 * municipality's officer, the ministry liaison): that is an expected answer, not a failure.
 */
export const getMunicipalityNeeds = query(async (slug: string): Promise<MunicipalityNeeds> => {
  try {
    const needs = await api.get<Need[]>(`/api/municipalities/${segment(slug)}/needs`);
    return { isVisible: true, needs };
  } catch (error) {
    if (isApiError(error, 403, 404)) return { isVisible: false };
    throw error;
  }
}, 'municipality-needs');

export const getThemes = query(() => api.get<Theme[]>('/api/themes'), 'themes');

export const preloadMunicipality: RoutePreloadFunc = ({ params }) => {
  const slug = params.slug;
  if (!slug) return;
  void getMunicipality(slug);
  void getMunicipalityNeeds(slug);
  void getThemes();
};
