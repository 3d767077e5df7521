import { CountedCache, deleteSession, findAccountById, findSession, touchSession, type Account, type Database } from '@cni/db';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, SessionUser } from '../lib/app-env.ts';
import { readSessionCookie, sessionLifetime } from '../auth/session-cookie.ts';
import { sessionIdFromToken } from '../auth/session-token.ts';

// Writing last_seen_at on every request would turn every read into a write; once a minute is precise enough.
const touchIntervalMs = 60 * 1000;

interface SessionTimes {
  lastSeenAt: string;
  expiresAt: string;
}

interface KnownSession {
  times: SessionTimes;
  user: SessionUser;
}

/**
 * Sessions already resolved, kept until an account, membership or session is written anywhere (the
 * `accounts` change counter): a disabled user, a changed role or "log out everywhere" take effect on the very
 * next request, and a request costs one counter read instead of two joined lookups.
 */
export type SessionCache = CountedCache<KnownSession>;

export function createSessionCache(): SessionCache {
  return new CountedCache<KnownSession>({ counter: 'accounts', maxEntries: 10_000 });
}

// expiresAt is the absolute end, set at login; the idle end moves with last_seen_at.
function isExpired(times: SessionTimes, now: number): boolean {
  return Date.parse(times.expiresAt) <= now || Date.parse(times.lastSeenAt) + sessionLifetime.idleMs <= now;
}

/** Resolves the session cookie to the acting user, or null. Deciding who may do what is access.ts's job. */
export function loadSession(sessions: SessionCache) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = readSessionCookie(c);
    c.set('user', token ? await findSessionUser({ db: c.get('db'), sessionSecret: c.get('config').sessionSecret, token, sessions }) : null);
    await next();
  });
}

async function readStoredSession(db: Database, id: string, now: number): Promise<KnownSession | undefined> {
  const session = await findSession({ db, id });
  if (!session) return undefined;
  if (isExpired(session, now)) {
    await deleteSession({ db, id });
    return undefined;
  }
  const account = await findAccountById({ db, userId: session.userId });
  if (!account || account.disabledAt) return undefined;
  return { times: { lastSeenAt: session.lastSeenAt, expiresAt: session.expiresAt }, user: toSessionUser(account, id) };
}

/**
 * The user a session cookie's token belongs to, or null when it is unknown, expired (then removed) or the
 * account is disabled. Shared by the HTTP middleware and the collaboration socket's upgrade, which is rare
 * enough to go without the cache.
 */
export async function findSessionUser({
  db,
  sessionSecret,
  token,
  sessions,
}: {
  db: Database;
  sessionSecret: string;
  token: string;
  sessions?: SessionCache;
}): Promise<SessionUser | null> {
  const id = sessionIdFromToken(token, sessionSecret);
  const now = Date.now();
  const read = async () => {
    const known = await readStoredSession(db, id, now);
    return known && { value: known };
  };
  let known = sessions ? await sessions.get(db, id, read, now) : (await read())?.value;
  if (known && isExpired(known.times, now)) {
    // Another process may have seen this session since it was cached here: the stored row decides.
    sessions?.delete(id);
    known = await readStoredSession(db, id, now);
  }
  if (!known) return null;
  if (now - Date.parse(known.times.lastSeenAt) > touchIntervalMs) {
    const at = new Date(now);
    await touchSession({ db, id, at });
    known.times.lastSeenAt = at.toISOString();
  }
  return known.user;
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
