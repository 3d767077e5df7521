import { deleteSession, findAccountById, findSession, touchSession, type Account } from '@cni/db';
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
  c.set('user', null);
  const token = readSessionCookie(c);
  if (token) {
    const db = c.get('db');
    const id = sessionIdFromToken(token, c.get('config').sessionSecret);
    const session = await findSession({ db, id });
    const now = Date.now();
    if (session && isExpired(session, now)) {
      await deleteSession({ db, id });
    } else if (session) {
      const account = await findAccountById({ db, userId: session.userId });
      if (account && !account.disabledAt) {
        c.set('user', toSessionUser(account, id));
        if (now - Date.parse(session.lastSeenAt) > touchIntervalMs) await touchSession({ db, id, at: new Date(now) });
      }
    }
  }
  await next();
});

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
