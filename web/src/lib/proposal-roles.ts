import type { Role } from './api-types.ts';

/** POST /api/proposals: officers (for their own municipality), the coordination team and administrators. */
export const rolesThatStartProposals: readonly Role[] = ['officer', 'coordinator', 'admin'];
