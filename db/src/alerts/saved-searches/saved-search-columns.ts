import { savedSearches } from '../../schema/index.ts';

/** A user may keep this many searches: each one is run by the alert job every quarter of an hour. */
export const maxSavedSearchesPerUser = 50;

export const savedSearchColumns = {
  id: savedSearches.id,
  name: savedSearches.name,
  query: savedSearches.query,
  notify: savedSearches.notify,
  createdAt: savedSearches.createdAt,
};
