import { createHmac, randomBytes } from 'node:crypto';

/** 256 random bits: the cookie value the browser holds. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The database keeps only this keyed hash, so a leaked database copy yields no usable cookies. */
export function sessionIdFromToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}
