import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, shown once in the invitation link. */
export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

// A plain SHA-256 is enough here (unlike passwords): 256 random bits cannot be guessed from their hash.
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
