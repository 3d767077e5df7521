import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../lib/app-env.ts';

export const sessionLifetime = {
  /** A session unused for this long ends: a shared office computer left signed in. */
  idleMs: 12 * 60 * 60 * 1000,
  /** Every session ends after this, however active. */
  absoluteMs: 7 * 24 * 60 * 60 * 1000,
};

function isSecure(c: Context<AppEnv>): boolean {
  return c.get('config').publicUrl?.startsWith('https://') ?? false;
}

// The __Host- prefix pins the cookie to this host and path, but browsers accept it only over HTTPS.
export function sessionCookieName(c: Context<AppEnv>): string {
  return sessionCookieNameFor(c.get('config'));
}

/** The same name where there is no Hono context (the collaboration socket's upgrade request). */
export function sessionCookieNameFor(config: { publicUrl: string | undefined }): string {
  return config.publicUrl?.startsWith('https://') ? '__Host-cni_session' : 'cni_session';
}

export function readSessionCookie(c: Context<AppEnv>): string | undefined {
  return getCookie(c, sessionCookieName(c), isSecure(c) ? 'host' : undefined);
}

export function writeSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, sessionCookieName(c), token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isSecure(c),
    maxAge: Math.floor(sessionLifetime.absoluteMs / 1000),
    ...(isSecure(c) ? { prefix: 'host' as const } : {}),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, sessionCookieName(c), { path: '/', secure: isSecure(c), ...(isSecure(c) ? { prefix: 'host' as const } : {}) });
}
