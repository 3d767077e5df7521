import { ForbiddenError } from '@cni/db';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../lib/app-env.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Also checked on the collaboration socket's upgrade, which does not pass through Hono. */
export function isSameSite(origin: string, host: string | undefined): boolean {
  if (origin === 'null') return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Refuses cookie-authenticated writes that a browser sent on behalf of another site. Scripts that send
 * neither Origin nor Sec-Fetch-Site are let through: they hold the cookie themselves.
 */
export const crossSiteGuard = createMiddleware<AppEnv>(async (c, next) => {
  const isWrite = !safeMethods.has(c.req.method) || c.req.header('upgrade')?.toLowerCase() === 'websocket';
  if (isWrite) {
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    if (fetchSite === 'cross-site' || (origin !== undefined && !isSameSite(origin, c.req.header('host')))) {
      throw new ForbiddenError('Cross-site requests may not change data.');
    }
  }
  await next();
});
