import type { AuditCtx, Ctx } from '@cni/db';
import type { Context } from 'hono';
import { currentUser } from '../auth/access.ts';
import type { AppEnv } from './app-env.ts';

/** What a @cni/db verb needs to know about the request: database, actor, and where it came from. */
export function verbCtx(c: Context<AppEnv>): Ctx {
  return { db: c.get('db'), actor: currentUser(c), ipAddress: c.get('clientIp'), requestId: c.get('requestId') };
}

/** The same for audit rows written before anyone is logged in (e.g. a failed login). */
export function anonymousAuditCtx(c: Context<AppEnv>): AuditCtx {
  return { db: c.get('db'), actor: null, ipAddress: c.get('clientIp'), requestId: c.get('requestId') };
}
