import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './section-versions.handlers.ts';
import * as routes from './section-versions.routes.ts';

export function createSectionVersionsRouter() {
  return createRouter()
    .openapi(routes.list, handlers.list)
    .openapi(routes.create, handlers.create)
    .openapi(routes.diff, handlers.diff)
    .openapi(routes.restore, handlers.restore);
}
