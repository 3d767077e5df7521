import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './good-practices.handlers.ts';
import * as routes from './good-practices.routes.ts';

export function createGoodPracticesRouter() {
  return createRouter()
    .openapi(routes.list, handlers.list)
    .openapi(routes.create, handlers.create)
    .openapi(routes.get, handlers.get)
    .openapi(routes.update, handlers.update)
    .openapi(routes.remove, handlers.remove);
}
