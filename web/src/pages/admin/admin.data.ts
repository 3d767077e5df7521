import { action, json, query, type RoutePreloadFunc } from '@solidjs/router';
import { api, segment } from '../../lib/api.ts';
import type { AdminUser, AuditPage, CreatedInvitation, InvitationRow, NewInvitation, UserPatch } from '../../lib/api-types.ts';
import { getMunicipalities } from '../municipalities/municipalities.data.ts';

export { getMunicipalities };

export const getAdminUsers = query(() => api.get<AdminUser[]>('/api/admin/users'), 'admin-users');

export const getInvitations = query(() => api.get<InvitationRow[]>('/api/admin/invitations'), 'admin-invitations');

export interface AuditQuery {
  action: string;
  actor: string;
  before: number | null;
}

export const getAuditPage = query((filters: AuditQuery) => {
  const search = new URLSearchParams({ limit: '50' });
  if (filters.action) search.set('action', filters.action);
  if (filters.actor) search.set('actor', filters.actor);
  if (filters.before !== null) search.set('before', String(filters.before));
  return api.get<AuditPage>(`/api/admin/audit?${search}`);
}, 'admin-audit');

export const updateUserAction = action(async (id: string, patch: UserPatch) => {
  await api.patch<void>(`/api/admin/users/${segment(id)}`, patch);
  return json(null, { revalidate: [getAdminUsers.key] });
}, 'admin-update-user');

export const revokeSessionsAction = action(async (id: string) => {
  await api.post<void>(`/api/admin/users/${segment(id)}/sessions/revoke`);
  return json(null, { revalidate: [] });
}, 'admin-revoke-sessions');

export const createInvitationAction = action(async (invitation: NewInvitation) => {
  const created = await api.post<CreatedInvitation>('/api/admin/invitations', invitation);
  return json(created, { revalidate: [getInvitations.key] });
}, 'admin-create-invitation');

export const revokeInvitationAction = action(async (id: string) => {
  await api.delete<void>(`/api/admin/invitations/${segment(id)}`);
  return json(null, { revalidate: [getInvitations.key] });
}, 'admin-revoke-invitation');

export const preloadAdmin: RoutePreloadFunc = () => {
  void getInvitations();
  void getMunicipalities();
};
