import { action, json, query, type RoutePreloadFunc } from '@solidjs/router';
import { api, segment } from '../../lib/api.ts';
import type { Lesson, LessonPage, NewLesson, RelatedLesson } from '../../lib/api-types.ts';
import { readKnowledgeSearch, toLessonsApiQuery, type KnowledgeSearch } from '../../lib/knowledge-search.ts';
import { getThemes } from '../municipalities/municipality.data.ts';

export { getThemes };

/** One page of the lessons the user may read (the API applies the one visibility rule), found by words and filters. */
export const getLessons = query((search: KnowledgeSearch) => api.get<LessonPage>(`/api/lessons?${toLessonsApiQuery(search)}`), 'lessons');

/** One lesson, for its form; 404 (also for one the user may not read) is thrown for the page to say "not found". */
export const getLesson = query((id: string) => api.get<Lesson>(`/api/lessons/${segment(id)}`), 'lesson');

/** The lessons of past submissions closest to a call, best first (at most ten). */
export const getCallLessons = query((callId: string) => api.get<RelatedLesson[]>(`/api/calls/${segment(callId)}/lessons`), 'call-lessons');

/** The same for a proposal: for its call, or without one for its title and template's programme. */
export const getProposalLessons = query(
  (proposalId: string) => api.get<RelatedLesson[]>(`/api/proposals/${segment(proposalId)}/lessons`),
  'proposal-lessons',
);

/** Every list a lesson may appear in is read again after a change. */
const listsOfLessons = () => [getLessons.key, getCallLessons.key, getProposalLessons.key];

export const createLessonAction = action(
  async (lesson: NewLesson) => json(await api.post<Lesson>('/api/lessons', lesson), { revalidate: listsOfLessons() }),
  'create-lesson',
);

/** A change with the version the form was read at; a stale one is refused with 409. */
export const updateLessonAction = action(
  async (id: string, change: Omit<NewLesson, 'proposalId'> & { version: number }) =>
    json(await api.patch<Lesson>(`/api/lessons/${segment(id)}`, change), { revalidate: [...listsOfLessons(), getLesson.keyFor(id)] }),
  'update-lesson',
);

export const deleteLessonAction = action(async (id: string) => {
  await api.delete<void>(`/api/lessons/${segment(id)}`);
  query.delete(getLesson.keyFor(id));
  return json(null, { revalidate: listsOfLessons() });
}, 'delete-lesson');

export const preloadLessons: RoutePreloadFunc = ({ location }) => {
  void getLessons(readKnowledgeSearch(location.query));
  void getThemes();
};

export const preloadLesson: RoutePreloadFunc = ({ params }) => {
  if (params.id) void getLesson(params.id);
  void getThemes();
};
