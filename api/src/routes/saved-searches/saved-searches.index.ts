import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './saved-searches.handlers.ts';
import * as routes from './saved-searches.routes.ts';

export function createSavedSearchesRouter() {
  return createRouter().openapi(routes.list, handlers.list).openapi(routes.create, handlers.create).openapi(routes.remove, handlers.remove);
}
