import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './announcements.handlers.ts';
import * as routes from './announcements.routes.ts';

export function createAnnouncementsRouter() {
  return createRouter()
    .openapi(routes.create, handlers.create)
    .openapi(routes.list, handlers.list)
    .openapi(routes.markOpened, handlers.markOpened)
    .openapi(routes.reach, handlers.reach);
}
