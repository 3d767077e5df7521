import { action, query, type RoutePreloadFunc } from '@solidjs/router';
import { api, isApiError, segment } from '../../lib/api.ts';
import type { NewSource, Source, SourceRun } from '../../lib/api-types.ts';

export type SourcesAnswer = { isVisible: true; sources: Source[] } | { isVisible: false };

/**
 * GET /api/sources. Only coordinators and admins may see sources: the API's 403 for anyone else is an
 * expected answer, shown as a calm notice, not a failure.
 */
export const getSources = query(async (): Promise<SourcesAnswer> => {
  try {
    return { isVisible: true, sources: await api.get<Source[]>('/api/sources') };
  } catch (error) {
    if (isApiError(error, 403)) return { isVisible: false };
    throw error;
  }
}, 'sources');

/** The run log of one source, newest first. */
export const getSourceRuns = query(
  (sourceId: string) => api.get<SourceRun[]>(`/api/sources/${segment(sourceId)}/runs`),
  'source-runs',
);

export const createSourceAction = action(
  (source: NewSource) => api.post<Source>('/api/sources', source),
  'create-source',
);

export const setSourceEnabledAction = action(
  (sourceId: string, enabled: boolean) => api.patch<Source>(`/api/sources/${segment(sourceId)}`, { enabled }),
  'set-source-enabled',
);

export const deleteSourceAction = action(
  (sourceId: string) => api.delete<void>(`/api/sources/${segment(sourceId)}`),
  'delete-source',
);

/** POST /api/sources/:id/run answers when the run is over, with its figures or its error. */
export const runSourceAction = action(
  (sourceId: string) => api.post<SourceRun>(`/api/sources/${segment(sourceId)}/run`),
  'run-source',
);

export const preloadSources: RoutePreloadFunc = () => {
  void getSources();
};
