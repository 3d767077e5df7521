import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './notifications.handlers.ts';
import * as routes from './notifications.routes.ts';

export function createNotificationsRouter() {
  return createRouter()
    .openapi(routes.list, handlers.list)
    .openapi(routes.markAllRead, handlers.markAllRead)
    .openapi(routes.markRead, handlers.markRead);
}
