import type { MessageKey } from '../i18n/index.tsx';
import { isApiError } from './api.ts';

/** The API's rules (db/src/users/password-rules.ts) that need no list of common passwords, checked before sending. */
export const passwordLength = { min: 12, max: 256 } as const;

/** The message for a new password that will surely be refused, or null when only the API can tell. */
export function checkNewPassword(password: string, repeated: string, email: string): MessageKey | null {
  const length = [...password.normalize('NFC')].length;
  if (length < passwordLength.min) return 'invitation.error.short';
  if (length > passwordLength.max) return 'invitation.error.long';
  const folded = password.normalize('NFC').trim().toLocaleLowerCase();
  const address = email.trim().toLowerCase();
  if (folded === address || folded === address.split('@')[0]) return 'invitation.error.email';
  if (password !== repeated) return 'invitation.error.mismatch';
  return null;
}

/**
 * Why the API refused a new password, in the reader's language: length and the address were checked before
 * sending, so a `password_rejected` that still comes back means the password is one of the common ones.
 */
export function describePasswordRefusal(error: unknown): MessageKey | null {
  return isApiError(error, 400) && error.code === 'password_rejected' ? 'invitation.error.common' : null;
}
