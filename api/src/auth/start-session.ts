import { createSession, deleteSession, recordLogin, type Account } from '@cni/db';
import type { Context } from 'hono';
import type { AppEnv, SessionUser } from '../lib/app-env.ts';
import { toSessionUser } from '../middleware/session.ts';
import { readSessionCookie, sessionLifetime, writeSessionCookie } from './session-cookie.ts';
import { newSessionToken, sessionIdFromToken } from './session-token.ts';

/**
 * Opens a new session for an account that just proved who it is (login, accepted invitation) and sets its
 * cookie. Any session the browser still presented is deleted: the id rotates at every login, so an id
 * planted in the browser beforehand (session fixation) never becomes a logged-in one.
 */
export async function startSession(c: Context<AppEnv>, account: Account, now: Date): Promise<SessionUser> {
  const db = c.get('db');
  const secret = c.get('config').sessionSecret;
  const previous = readSessionCookie(c);
  if (previous) await deleteSession({ db, id: sessionIdFromToken(previous, secret) });
  const token = newSessionToken();
  const sessionId = sessionIdFromToken(token, secret);
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
  writeSessionCookie(c, token);
  return toSessionUser(account, sessionId);
}
