import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './matches.handlers.ts';
import * as routes from './matches.routes.ts';

export function createMatchesRouter() {
  return createRouter()
    .openapi(routes.needMatches, handlers.needMatches)
    .openapi(routes.callMatches, handlers.callMatches)
    .openapi(routes.feedback, handlers.feedback);
}
