import type { IngestServices } from '@cni/jobs';
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './sources.handlers.ts';
import * as routes from './sources.routes.ts';

export function createSourcesRouter(ingest: IngestServices) {
  return createRouter()
    .openapi(routes.list, handlers.list)
    .openapi(routes.create, handlers.create)
    .openapi(routes.update, handlers.update)
    .openapi(routes.remove, handlers.remove)
    .openapi(routes.run, handlers.createRunHandler(ingest))
    .openapi(routes.runs, handlers.runs);
}
