import {
  changePassword,
  deleteSession,
  ForbiddenError,
  findAccountByEmail,
  getDecoyHash,
  logoutEverywhere as endAllSessions,
  normaliseEmail,
  recordAudit,
  verifyPassword,
} from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import { currentUser } from '../../auth/access.ts';
import type { LoginLimiters } from '../../auth/rate-limiter.ts';
import { clearSessionCookie } from '../../auth/session-cookie.ts';
import { startSession } from '../../auth/start-session.ts';
import type { AppEnv } from '../../lib/app-env.ts';
import { InvalidCredentialsError, RateLimitedError } from '../../lib/http-errors.ts';
import { anonymousAuditCtx, verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './auth.routes.ts';
import { toMe } from './me-body.ts';

export function createLoginHandler(limiters: LoginLimiters, now: () => Date): RouteHandler<typeof routes.login, AppEnv> {
  return async (c) => {
    const { email, password } = c.req.valid('json');
    const db = c.get('db');
    const origin = anonymousAuditCtx(c);
    // Keyed by the address typed, whether or not it has an account, so a lockout reveals nothing.
    const accountKey = normaliseEmail(email);
    const addressKey = c.get('clientIp') ?? 'unknown';

    const waitSeconds = Math.max(
      limiters.perAccount.retryAfterSeconds(accountKey),
      limiters.perAddress.retryAfterSeconds(addressKey),
    );
    if (waitSeconds > 0) {
      await recordAudit(origin, { action: 'auth.login.rate_limited', entityType: 'user', details: { email: accountKey, retryAfterSeconds: waitSeconds } });
      throw new RateLimitedError(waitSeconds);
    }
    limiters.perAddress.record(addressKey);

    const account = await findAccountByEmail({ db, email });
    let isValid = false;
    if (account && !account.disabledAt) isValid = await verifyPassword(password, account.passwordHash);
    // Unknown addresses cost a hash too, so response times do not tell which addresses have accounts.
    else await verifyPassword(password, await getDecoyHash());
    if (!account || !isValid) {
      const isLockedOut = limiters.perAccount.record(accountKey);
      await recordAudit(origin, { action: 'auth.login.failed', entityType: 'user', entityId: account?.id, details: { email: accountKey } });
      if (isLockedOut) {
        const lockedForSeconds = limiters.perAccount.retryAfterSeconds(accountKey);
        await recordAudit(origin, { action: 'auth.lockout', entityType: 'user', entityId: account?.id, details: { email: accountKey, lockedForSeconds } });
      }
      throw new InvalidCredentialsError();
    }

    limiters.perAccount.reset(accountKey);
    const user = await startSession(c, account, now());
    await recordAudit({ ...origin, actor: user }, { action: 'auth.login', entityType: 'user', entityId: account.id, municipalityId: account.municipalityId });
    return c.json(toMe(c, user), 200);
  };
}

export const logout: RouteHandler<typeof routes.logout, AppEnv> = async (c) => {
  const user = currentUser(c);
  await deleteSession({ db: c.get('db'), id: user.sessionId });
  await recordAudit(verbCtx(c), {
    action: 'auth.logout',
    entityType: 'user',
    entityId: user.userId,
    municipalityId: user.municipalityId,
  });
  clearSessionCookie(c);
  return c.body(null, 204);
};

export const logoutEverywhere: RouteHandler<typeof routes.logoutEverywhere, AppEnv> = async (c) => {
  await endAllSessions({ ctx: verbCtx(c) });
  clearSessionCookie(c);
  return c.body(null, 204);
};

/**
 * Wrong current passwords count as failed logins of the account: a session left open on a shared computer must
 * not become a way to guess the password without the lockout.
 */
export function createChangePasswordHandler(limiters: LoginLimiters): RouteHandler<typeof routes.changePassword, AppEnv> {
  return async (c) => {
    const user = currentUser(c);
    const waitSeconds = limiters.perAccount.retryAfterSeconds(user.email);
    if (waitSeconds > 0) throw new RateLimitedError(waitSeconds);
    try {
      await changePassword({ ctx: verbCtx(c), input: c.req.valid('json'), keepSessionId: user.sessionId });
    } catch (error) {
      if (error instanceof ForbiddenError) limiters.perAccount.record(user.email);
      throw error;
    }
    limiters.perAccount.reset(user.email);
    return c.body(null, 204);
  };
}

export const me: RouteHandler<typeof routes.me, AppEnv> = async (c) => c.json(toMe(c, currentUser(c)), 200);
