import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './reports.handlers.ts';
import * as routes from './reports.routes.ts';

export function createReportsRouter() {
  return createRouter().openapi(routes.annual, handlers.annual);
}
