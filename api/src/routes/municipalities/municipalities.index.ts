import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './municipalities.handlers.ts';
import * as routes from './municipalities.routes.ts';

export function createMunicipalitiesRouter() {
  return createRouter()
    .openapi(routes.list, handlers.list)
    .openapi(routes.get, handlers.get)
    .openapi(routes.listNeeds, handlers.listNeeds)
    .openapi(routes.createNeed, handlers.createNeed);
}
