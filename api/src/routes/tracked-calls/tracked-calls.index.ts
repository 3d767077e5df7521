import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './tracked-calls.handlers.ts';
import * as routes from './tracked-calls.routes.ts';

export function createTrackedCallsRouter() {
  return createRouter().openapi(routes.track, handlers.track).openapi(routes.untrack, handlers.untrack).openapi(routes.list, handlers.list);
}
