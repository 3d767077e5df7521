import type { MessageKey } from '../i18n/index.tsx';
import { roles, type NewInvitation, type Role } from './api-types.ts';
import { readText } from './forms.ts';

type InvitationField = 'email' | 'role' | 'municipality';

export type InvitationReading =
  | { isValid: true; invitation: NewInvitation }
  | { isValid: false; errors: Partial<Record<InvitationField, MessageKey>> };

/** What the invitation form sends: an officer's municipality, and none for the network-wide roles. */
export function readInvitationForm(form: FormData): InvitationReading {
  const email = readText(form, 'email');
  const role = readText(form, 'role') as Role;
  const municipality = readText(form, 'municipality');
  const errors: Partial<Record<InvitationField, MessageKey>> = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = 'admin.invitations.error.email';
  if (!roles.includes(role)) errors.role = 'admin.invitations.error.role';
  if (role === 'officer' && !municipality) errors.municipality = 'admin.invitations.error.municipality';
  if (Object.keys(errors).length > 0) return { isValid: false, errors };
  return { isValid: true, invitation: { email, role, municipality: role === 'officer' ? municipality : null } };
}
