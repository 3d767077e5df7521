import {
  createSession,
  deleteSession,
  findAccountByEmail,
  getDecoyHash,
  normaliseEmail,
  recordAudit,
  recordLogin,
  verifyPassword,
} from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import { currentUser } from '../../auth/access.ts';
import type { LoginLimiters } from '../../auth/rate-limiter.ts';
import { clearSessionCookie, sessionLifetime, writeSessionCookie } from '../../auth/session-cookie.ts';
import { newSessionToken, sessionIdFromToken } from '../../auth/session-token.ts';
import type { AppEnv } from '../../lib/app-env.ts';
import { InvalidCredentialsError, RateLimitedError } from '../../lib/http-errors.ts';
import { toSessionUser } from '../../middleware/session.ts';
import { anonymousAuditCtx, verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './auth.routes.ts';
import { toMe } from './me-body.ts';

export function createLoginHandler(limiters: LoginLimiters): RouteHandler<typeof routes.login, AppEnv> {
  return async (c) => {
    const { email, password } = c.req.valid('json');
    const db = c.get('db');
    const origin = anonymousAuditCtx(c);
    const accountKey = normaliseEmail(email);
    const addressKey = c.get('clientIp') ?? 'unknown';

    const waitSeconds = Math.max(
      limiters.perAccount.retryAfterSeconds(accountKey),
      limiters.perAddress.retryAfterSeconds(addressKey),
    );
    if (waitSeconds > 0) {
      await recordAudit(origin, { action: 'auth.login.rate_limited', entityType: 'user', details: { email: accountKey } });
      throw new RateLimitedError(waitSeconds);
    }
    limiters.perAddress.record(addressKey);

    const account = await findAccountByEmail({ db, email });
    let isValid = false;
    if (account && !account.disabledAt) isValid = await verifyPassword(password, account.passwordHash);
    // Unknown addresses cost a hash too, so response times do not tell which addresses have accounts.
    else await verifyPassword(password, await getDecoyHash());
    if (!account || !isValid) {
      limiters.perAccount.record(accountKey);
      await recordAudit(origin, { action: 'auth.login.failed', entityType: 'user', entityId: account?.id, details: { email: accountKey } });
      throw new InvalidCredentialsError();
    }

    limiters.perAccount.reset(accountKey);
    const token = newSessionToken();
    const sessionId = sessionIdFromToken(token, c.get('config').sessionSecret);
    const now = new Date();
    await createSession({
      db,
      session: {
        id: sessionId,
        userId: account.id,
        now,
        expiresAt: new Date(now.getTime() + sessionLifetime.absoluteMs),
        ipAddress: c.get('clientIp'),
        userAgent: c.req.header('user-agent') ?? null,
      },
    });
    await recordLogin({ db, userId: account.id, at: now });
    const user = toSessionUser(account, sessionId);
    await recordAudit({ ...origin, actor: user }, { action: 'auth.login', entityType: 'user', entityId: account.id, municipalityId: account.municipalityId });
    writeSessionCookie(c, token);
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

export const me: RouteHandler<typeof routes.me, AppEnv> = async (c) => c.json(toMe(c, currentUser(c)), 200);
