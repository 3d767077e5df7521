import { CountedCache, deleteSession, findAccountById, findSession, touchSession, type Account, type ChangeCounters, type Database } from '@cni/db';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, SessionUser } from '../lib/app-env.ts';
import { requestChangeCounters } from '../lib/change-counters.ts';
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
 * Sessions already resolved, by cookie token, kept until an account, membership or session is written
 * anywhere (the `accounts` change counter): a disabled user, a changed role or "log out everywhere" take
 * effect on the very next request, and a request costs one counter read instead of a keyed hash and two
 * look-ups. The tokens are in memory anyway while requests carry them.
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
    const cached = token ? { sessions, counters: await requestChangeCounters(c) } : undefined;
    c.set('user', token ? await findSessionUser({ db: c.get('db'), sessionSecret: c.get('config').sessionSecret, token, cached }) : null);
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
  cached,
}: {
  db: Database;
  sessionSecret: string;
  token: string;
  cached?: { sessions: SessionCache; counters: ChangeCounters };
}): Promise<SessionUser | null> {
  const now = Date.now();
  const read = async () => {
    const known = await readStoredSession(db, sessionIdFromToken(token, sessionSecret), now);
    return known && { value: known };
  };
  let known = cached ? await cached.sessions.get(cached.counters, token, read, now) : (await read())?.value;
  if (known && isExpired(known.times, now)) {
    // Another process may have seen this session since it was cached here: the stored row decides.
    cached?.sessions.delete(token);
    known = (await read())?.value;
  }
  if (!known) return null;
  if (now - Date.parse(known.times.lastSeenAt) > touchIntervalMs) {
    const at = new Date(now);
    await touchSession({ db, id: known.user.sessionId, at });
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
