import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './proposal-templates.handlers.ts';
import * as routes from './proposal-templates.routes.ts';

export function createProposalTemplatesRouter() {
  return createRouter().openapi(routes.list, handlers.list).openapi(routes.save, handlers.save);
}
