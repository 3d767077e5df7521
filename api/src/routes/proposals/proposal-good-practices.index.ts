import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './proposal-good-practices.handlers.ts';
import * as routes from './proposal-good-practices.routes.ts';

/** The proposal ↔ good practice links, mounted apart from the proposals router (the practices feature owns them). */
export function createProposalGoodPracticesRouter() {
  return createRouter().openapi(routes.listGoodPractices, handlers.listGoodPractices).openapi(routes.setGoodPractices, handlers.setGoodPractices);
}
