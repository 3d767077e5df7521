import { action } from '@solidjs/router';
import { api } from '../../lib/api.ts';

/** Changes the user's own password; the API ends their other sessions. */
export const changePasswordAction = action(
  (body: { currentPassword: string; newPassword: string }) => api.post<void>('/api/auth/password', body),
  'change-password',
);

/** Ends every session of the user, this one included. */
export const logoutEverywhereAction = action(() => api.post<void>('/api/auth/logout-everywhere'), 'logout-everywhere');
