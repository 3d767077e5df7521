import { pingDatabase } from '@cni/db';
import { createRouter } from '../../lib/create-router.ts';
import * as routes from './health.routes.ts';

const startedAt = Date.now();

export function createHealthRouter() {
  return createRouter().openapi(routes.health, async (c) => {
    const database = (await pingDatabase({ db: c.get('db') })) ? ('ok' as const) : ('unreachable' as const);
    const body = {
      status: database === 'ok' ? ('ok' as const) : ('degraded' as const),
      database,
      uptimeSeconds: Math.floor((Date.now() - startedAt) / 1000),
      time: new Date().toISOString(),
    };
    return database === 'ok' ? c.json(body, 200) : c.json(body, 503);
  });
}
