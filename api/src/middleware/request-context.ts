import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../lib/app-env.ts';

/**
 * A request id for logs and error answers, and the client address taken from the socket: X-Forwarded-For
 * is whatever the client wrote unless a proxy we run set it, and none is configured.
 */
export const requestContext = createMiddleware<AppEnv>(async (c, next) => {
  const requestId = randomUUID();
  c.set('requestId', requestId);
  let clientIp: string | null = null;
  try {
    clientIp = getConnInfo(c).remote.address ?? null;
  } catch {
    clientIp = null;
  }
  c.set('clientIp', clientIp);
  c.header('X-Request-Id', requestId);
  await next();
});
