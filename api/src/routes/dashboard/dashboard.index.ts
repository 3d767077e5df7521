import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './dashboard.handlers.ts';
import * as routes from './dashboard.routes.ts';

export function createDashboardRouter() {
  return createRouter().openapi(routes.get, handlers.get).openapi(routes.csv, handlers.csv);
}
