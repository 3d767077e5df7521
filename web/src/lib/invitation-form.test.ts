import { describe, expect, it } from 'vitest';
import { readInvitationForm } from './invitation-form.ts';

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

describe('readInvitationForm', () => {
  it('sends an officer with their municipality and other roles without one', () => {
    expect(readInvitationForm(formOf({ email: ' a@b.gr ', role: 'officer', municipality: 'athens' }))).toEqual({
      isValid: true,
      invitation: { email: 'a@b.gr', role: 'officer', municipality: 'athens' },
    });
    expect(readInvitationForm(formOf({ email: 'a@b.gr', role: 'liaison', municipality: 'athens' }))).toEqual({
      isValid: true,
      invitation: { email: 'a@b.gr', role: 'liaison', municipality: null },
    });
  });

  it('asks for an address, a known role and an officer’s municipality', () => {
    expect(readInvitationForm(formOf({ email: 'nope', role: 'boss' }))).toEqual({
      isValid: false,
      errors: { email: 'admin.invitations.error.email', role: 'admin.invitations.error.role' },
    });
    expect(readInvitationForm(formOf({ email: 'a@b.gr', role: 'officer' }))).toEqual({
      isValid: false,
      errors: { municipality: 'admin.invitations.error.municipality' },
    });
  });
});
