import type { Role } from './api-types.ts';

// Who may do what with announcements and the dashboard, as the API decides it; the web only offers what will be accepted.

/** POST /api/announcements: the ministry liaison and the administrators. */
export const rolesThatAnnounce: readonly Role[] = ['liaison', 'admin'];

/** GET /api/announcements/:id/reach: who announces and the coordination team. */
export const rolesThatSeeReach: readonly Role[] = ['liaison', 'coordinator', 'admin'];

/** GET /api/dashboard: officers (their own municipality), the coordination team and administrators. */
export const rolesThatSeeDashboard: readonly Role[] = ['officer', 'coordinator', 'admin'];

/** GET /api/dashboard for another municipality or the whole network. */
export const rolesThatSeeNetworkDashboard: readonly Role[] = ['coordinator', 'admin'];
