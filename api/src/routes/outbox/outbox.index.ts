import { listOutbox } from '@cni/db';
import { createRouter } from '../../lib/create-router.ts';
import * as routes from './outbox.routes.ts';

export function createOutboxRouter() {
  return createRouter().openapi(routes.list, async (c) => c.json(await listOutbox({ db: c.get('db'), limit: 100 }), 200));
}
