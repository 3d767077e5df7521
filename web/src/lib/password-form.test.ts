import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';
import { checkNewPassword, describePasswordRefusal } from './password-form.ts';

const email = 'maria@athens.gr';

describe('checkNewPassword', () => {
  it('counts characters as people do, refuses the address, and wants the same password twice', () => {
    expect(checkNewPassword('καλημέρα σας', 'καλημέρα σας', email)).toBeNull();
    expect(checkNewPassword('🙂'.repeat(11), '🙂'.repeat(11), email)).toBe('invitation.error.short');
    expect(checkNewPassword('x'.repeat(257), 'x'.repeat(257), email)).toBe('invitation.error.long');
    expect(checkNewPassword('Maria@Athens.gr', 'Maria@Athens.gr', email)).toBe('invitation.error.email');
    expect(checkNewPassword('a quiet harbour', 'a quiet harbor', email)).toBe('invitation.error.mismatch');
  });
});

describe('describePasswordRefusal', () => {
  it('reads a refused password as a common one, and leaves other errors alone', () => {
    expect(describePasswordRefusal(new ApiError(400, 'password_rejected', 'This password is too common'))).toBe('invitation.error.common');
    expect(describePasswordRefusal(new ApiError(400, 'validation_error', 'name'))).toBeNull();
    expect(describePasswordRefusal(new Error('x'))).toBeNull();
  });
});
