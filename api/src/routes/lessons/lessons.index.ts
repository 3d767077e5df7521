import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './lessons.handlers.ts';
import * as routes from './lessons.routes.ts';

export function createLessonsRouter() {
  return createRouter()
    .openapi(routes.list, handlers.list)
    .openapi(routes.create, handlers.create)
    .openapi(routes.get, handlers.get)
    .openapi(routes.update, handlers.update)
    .openapi(routes.remove, handlers.remove)
    .openapi(routes.forCall, handlers.forCall)
    .openapi(routes.forProposal, handlers.forProposal);
}
