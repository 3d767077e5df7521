import { createRouter } from '../../lib/create-router.ts';
import { createCallListCache } from './call-list-cache.ts';
import * as handlers from './calls.handlers.ts';
import * as routes from './calls.routes.ts';

export function createCallsRouter() {
  return createRouter()
    .openapi(routes.list, handlers.list(createCallListCache()))
    .openapi(routes.create, handlers.create)
    .openapi(routes.get, handlers.get)
    .openapi(routes.update, handlers.update);
}
