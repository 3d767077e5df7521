import { ValidationError } from '../errors.ts';
import { commonPasswords } from './common-passwords.data.ts';

/** Length over composition (NIST SP 800-63B): long enough, not known, not the address. No "one digit" rules. */
export const passwordLength = { min: 12, max: 256 } as const;

export type PasswordProblem = 'too_short' | 'too_long' | 'is_email' | 'too_common';

const common = new Set(commonPasswords);

// "dragon2024!!!" is as guessable as "dragon": a known word followed only by digits and symbols counts as known.
function stemOf(folded: string): string {
  return folded.replace(/[\p{N}\p{P}\p{S}\s]+$/u, '');
}

// "monkeymonkey" and "abcabcabcabc": a short unit repeated adds length without adding guesses.
function isRepetition(folded: string): boolean {
  const match = /^(.+?)\1+$/u.exec(folded);
  if (!match) return false;
  const unit = match[1]!;
  return [...unit].length <= 4 || common.has(unit);
}

/** Every rule the password breaks, in a stable order; empty when it is acceptable. */
export function passwordProblems(password: string, email: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  // Code points, not UTF-16 units: "Καλημέρα" and an emoji count as people read them.
  const length = [...password.normalize('NFC')].length;
  if (length < passwordLength.min) problems.push('too_short');
  if (length > passwordLength.max) problems.push('too_long');
  const folded = password.normalize('NFC').trim().toLocaleLowerCase();
  const address = email.trim().toLowerCase();
  const localPart = address.split('@')[0] ?? '';
  if (folded === address || (localPart.length > 0 && folded === localPart)) problems.push('is_email');
  const stem = stemOf(folded);
  if (common.has(folded) || (stem.length > 0 && common.has(stem)) || isRepetition(folded)) {
    problems.push('too_common');
  }
  return problems;
}

const messages: Record<PasswordProblem, string> = {
  too_short: `Use at least ${passwordLength.min} characters.`,
  too_long: `Use at most ${passwordLength.max} characters.`,
  is_email: 'Do not use your e-mail address as the password.',
  too_common: 'This password is too common; choose a less predictable phrase.',
};

/** A 400 with its own code, so a client can tell a refused password from other invalid input. */
export class PasswordRejectedError extends ValidationError {
  override readonly code = 'password_rejected';

  constructor(readonly problems: PasswordProblem[]) {
    super(problems.map((problem) => messages[problem]).join(' '));
  }
}

/** Throws a PasswordRejectedError naming every broken rule. */
export function assertPasswordAcceptable(password: string, email: string): void {
  const problems = passwordProblems(password, email);
  if (problems.length > 0) throw new PasswordRejectedError(problems);
}
