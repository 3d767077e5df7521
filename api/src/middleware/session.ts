import { deleteSession, findAccountById, findSession, touchSession, type Account, type Database } from '@cni/db';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, SessionUser } from '../lib/app-env.ts';
import { readSessionCookie, sessionLifetime } from '../auth/session-cookie.ts';
import { sessionIdFromToken } from '../auth/session-token.ts';

// Writing last_seen_at on every request would turn every read into a write; once a minute is precise enough.
const touchIntervalMs = 60 * 1000;

// expiresAt is the absolute end, set at login; the idle end moves with last_seen_at.
function isExpired(session: { lastSeenAt: string; expiresAt: string }, now: number): boolean {
  return Date.parse(session.expiresAt) <= now || Date.parse(session.lastSeenAt) + sessionLifetime.idleMs <= now;
}

/** Resolves the session cookie to the acting user, or null. Deciding who may do what is access.ts's job. */
export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  const token = readSessionCookie(c);
  c.set('user', token ? await findSessionUser({ db: c.get('db'), sessionSecret: c.get('config').sessionSecret, token }) : null);
  await next();
});

/**
 * The user a session cookie's token belongs to, or null when it is unknown, expired (then removed) or the
 * account is disabled. Shared by the HTTP middleware and the collaboration socket's upgrade.
 */
export async function findSessionUser({ db, sessionSecret, token }: { db: Database; sessionSecret: string; token: string }): Promise<SessionUser | null> {
  const id = sessionIdFromToken(token, sessionSecret);
  const session = await findSession({ db, id });
  if (!session) return null;
  const now = Date.now();
  if (isExpired(session, now)) {
    await deleteSession({ db, id });
    return null;
  }
  const account = await findAccountById({ db, userId: session.userId });
  if (!account || account.disabledAt) return null;
  if (now - Date.parse(session.lastSeenAt) > touchIntervalMs) await touchSession({ db, id, at: new Date(now) });
  return toSessionUser(account, id);
}

export function toSessionUser(account: Account, sessionId: string): SessionUser {
  return {
    userId: account.id,
    email: account.email,
    name: account.name,
    role: account.role,
    municipalityId: account.municipalityId,
    calendarToken: account.calendarToken,
    sessionId,
    municipality:
      account.municipalityId && account.municipalitySlug
        ? {
            id: account.municipalityId,
            slug: account.municipalitySlug,
            name: account.municipalityName ?? account.municipalitySlug,
            nameEl: account.municipalityNameEl ?? account.municipalitySlug,
          }
        : null,
  };
}
