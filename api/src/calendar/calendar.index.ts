import { createRouter } from '../lib/create-router.ts';
import * as handlers from './calendar.handlers.ts';
import * as routes from './calendar.routes.ts';

/** Feeds read by calendar and feed clients, outside /api: no session, the calendar's token is its key. */
export function createCalendarRouter() {
  return createRouter().openapi(routes.calendar, handlers.calendar).openapi(routes.officialCallsFeed, handlers.officialCallsFeed);
}
