import { action, json, query, type RoutePreloadFunc } from '@solidjs/router';
import { api, segment } from '../../lib/api.ts';
import type { Municipality, MatchVerdict, Need, NeedMatch, NewNeed } from '../../lib/api-types.ts';
import { getMunicipalities } from '../municipalities/municipalities.data.ts';
import { getMunicipalityNeeds, getThemes } from '../municipalities/municipality.data.ts';

export { getMunicipalities, getMunicipalityNeeds, getThemes };

/** One municipality's needs, for a list that shows several municipalities one after the other. */
export interface NeedsOfMunicipality {
  municipality: Municipality;
  needs: Need[];
}

/**
 * The needs of every municipality the user may see (coordinators and admins: all of them). There is no
 * network-wide list in the API, so the lists are read side by side; one the user may not see is left out.
 */
export const getAllNeeds = query(async (): Promise<NeedsOfMunicipality[]> => {
  const municipalities = await getMunicipalities();
  const lists = await Promise.all(
    municipalities.map(async (municipality) => {
      const answer = await getMunicipalityNeeds(municipality.slug);
      return answer.isVisible ? { municipality, needs: answer.needs } : null;
    }),
  );
  return lists.filter((list): list is NeedsOfMunicipality => list !== null);
}, 'all-needs');

/** One need; 404 (also for another municipality's) is thrown for the page to show "not found". */
export const getNeed = query((id: string) => api.get<Need>(`/api/needs/${segment(id)}`), 'need');

/** The calls that fit a need, best first. Computed off-request: a new need has none for a few moments. */
export const getNeedMatches = query(
  (id: string) => api.get<NeedMatch[]>(`/api/needs/${segment(id)}/matches`),
  'need-matches',
);

export const createNeedAction = action(
  (slug: string, need: NewNeed) => api.post<Need>(`/api/municipalities/${segment(slug)}/needs`, need),
  'create-need',
);

export const updateNeedAction = action(
  (id: string, need: Partial<NewNeed>) => api.patch<Need>(`/api/needs/${segment(id)}`, need),
  'update-need',
);

export const deleteNeedAction = action(async (id: string) => {
  await api.delete<void>(`/api/needs/${segment(id)}`);
  // The need is gone: forget it so that nothing shows it again from the cache.
  query.delete(getNeed.keyFor(id));
  query.delete(getNeedMatches.keyFor(id));
}, 'delete-need');

/**
 * Marks a match relevant or not (null takes the mark back). The page shows the mark at once and keeps the
 * order it has: fetching the list again now would move the call from under the pointer, and the feedback
 * counts from the next time the matches are read.
 */
export const setMatchFeedbackAction = action(async (needId: string, callId: string, verdict: MatchVerdict | null) => {
  const answer = await api.put<{ needId: string; callId: string; verdict: MatchVerdict | null }>(
    `/api/needs/${segment(needId)}/matches/${segment(callId)}/feedback`,
    { verdict },
  );
  return json(answer, { revalidate: 'nothing-to-revalidate' });
}, 'match-feedback');

export const preloadNeeds: RoutePreloadFunc = () => {
  void getThemes();
  void getMunicipalities();
};

export const preloadNeed: RoutePreloadFunc = ({ params }) => {
  const id = params.id;
  if (!id) return;
  void getNeed(id);
  void getNeedMatches(id);
  void getThemes();
};
