import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './needs.handlers.ts';
import * as routes from './needs.routes.ts';

export function createNeedsRouter() {
  return createRouter()
    .openapi(routes.get, handlers.get)
    .openapi(routes.update, handlers.update)
    .openapi(routes.remove, handlers.remove);
}
