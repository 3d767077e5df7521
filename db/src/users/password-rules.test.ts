import { describe, expect, it } from 'vitest';
import { commonPasswords } from './common-passwords.data.ts';
import { assertPasswordAcceptable, passwordProblems } from './password-rules.ts';

const email = 'maria.papadopoulou@athens.gr';

describe('passwordProblems', () => {
  it('accepts a long phrase with no digits, capitals or symbols', () => {
    expect(passwordProblems('correct horse battery', email)).toEqual([]);
    expect(passwordProblems('ο σκύλος τρώει πορτοκάλια', email)).toEqual([]);
  });

  it('counts code points, not UTF-16 units', () => {
    // Eleven emoji are 22 UTF-16 units but eleven characters.
    expect(passwordProblems('🙂'.repeat(6) + '🌊🌲🍋🚲🎻', email)).toEqual(['too_short']);
    expect(passwordProblems('🙂'.repeat(6) + '🌊🌲🍋🚲🎻🐢', email)).toEqual([]);
    expect(passwordProblems('καλημέρααα1', email)).toEqual(['too_short']);
  });

  it('refuses fewer than 12 and more than 256 characters', () => {
    expect(passwordProblems('tree lamp 7', email)).toContain('too_short');
    expect(passwordProblems('x'.repeat(12) + 'yz', email)).not.toContain('too_short');
    expect(passwordProblems('q'.repeat(256) + 'w', email)).toContain('too_long');
  });

  it('refuses the address and its local part, whatever the case', () => {
    expect(passwordProblems('Maria.Papadopoulou@athens.gr', email)).toContain('is_email');
    expect(passwordProblems('maria.papadopoulou', email)).toContain('is_email');
  });

  it('refuses common passwords, their stems with digits appended, and repeated short units', () => {
    expect(commonPasswords.length).toBeGreaterThan(300);
    expect(passwordProblems('PasswordPassword', email)).toContain('too_common');
    expect(passwordProblems('qwertyuiopasdf', email)).toContain('too_common');
    expect(passwordProblems('dragon2024!!!', email)).toContain('too_common');
    expect(passwordProblems('abcabcabcabc', email)).toContain('too_common');
    expect(passwordProblems('monkeymonkeymonkey', email)).toContain('too_common');
    expect(passwordProblems('dragonfly orchard', email)).toEqual([]);
  });

  it('throws one validation error naming every broken rule', () => {
    expect(() => assertPasswordAcceptable('password', email)).toThrow(/at least 12.*too common/);
    expect(() => assertPasswordAcceptable('password', email)).toThrow(expect.objectContaining({ code: 'password_rejected', problems: ['too_short', 'too_common'] }));
    expect(() => assertPasswordAcceptable('a quiet harbour at dawn', email)).not.toThrow();
  });
});
