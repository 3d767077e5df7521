import { action, json, query, type RoutePreloadFunc } from '@solidjs/router';
import { api, segment } from '../../lib/api.ts';
import type { GoodPractice, GoodPracticePage, GoodPracticeSummary, NewGoodPractice } from '../../lib/api-types.ts';
import { readKnowledgeSearch, toPracticesApiQuery, type KnowledgeSearch } from '../../lib/knowledge-search.ts';
import { getMunicipalities } from '../municipalities/municipalities.data.ts';
import { getThemes } from '../municipalities/municipality.data.ts';

export { getMunicipalities, getThemes };

/** The network's good practices (every member reads them), found by words and filters. */
export const getPractices = query(
  (search: KnowledgeSearch) => {
    const query = toPracticesApiQuery(search);
    return api.get<GoodPracticePage>(query ? `/api/good-practices?${query}` : '/api/good-practices');
  },
  'good-practices',
);

/** One practice with its body rendered (and sanitised) by the API; 404 is thrown for the page. */
export const getPractice = query((id: string) => api.get<GoodPractice>(`/api/good-practices/${segment(id)}`), 'good-practice');

/** The practices a proposal builds on. */
export const getProposalPractices = query(
  (proposalId: string) => api.get<GoodPracticeSummary[]>(`/api/proposals/${segment(proposalId)}/good-practices`),
  'proposal-good-practices',
);

export const createPracticeAction = action(
  async (practice: NewGoodPractice) =>
    json(await api.post<GoodPractice>('/api/good-practices', practice), { revalidate: getPractices.key }),
  'create-good-practice',
);

/** A change with the version the form was read at; a stale one is refused with 409. */
export const updatePracticeAction = action(
  async (id: string, change: NewGoodPractice & { version: number }) =>
    json(await api.patch<GoodPractice>(`/api/good-practices/${segment(id)}`, change), {
      revalidate: [getPractices.key, getPractice.keyFor(id), getProposalPractices.key],
    }),
  'update-good-practice',
);

export const deletePracticeAction = action(async (id: string) => {
  await api.delete<void>(`/api/good-practices/${segment(id)}`);
  query.delete(getPractice.keyFor(id));
  return json(null, { revalidate: [getPractices.key, getProposalPractices.key] });
}, 'delete-good-practice');

/** Replaces the proposal's list of practices with `ids`; the API answers the new list. */
export const setProposalPracticesAction = action(
  async (proposalId: string, ids: string[]) =>
    json(await api.put<GoodPracticeSummary[]>(`/api/proposals/${segment(proposalId)}/good-practices`, { goodPracticeIds: ids }), {
      revalidate: getProposalPractices.keyFor(proposalId),
    }),
  'set-proposal-good-practices',
);

export const preloadPractices: RoutePreloadFunc = ({ location }) => {
  void getPractices(readKnowledgeSearch(location.query));
  void getThemes();
  void getMunicipalities();
};

export const preloadPractice: RoutePreloadFunc = ({ params }) => {
  if (params.id) void getPractice(params.id);
  void getThemes();
};

export const preloadPracticeForm: RoutePreloadFunc = (args) => {
  preloadPractice(args);
  void getMunicipalities();
};
