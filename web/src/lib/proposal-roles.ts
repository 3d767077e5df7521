import type { Role } from './api-types.ts';

/** POST /api/proposals: officers (for their own municipality), the coordination team and administrators. */
export const rolesThatStartProposals: readonly Role[] = ['officer', 'coordinator', 'admin'];

/** PUT /api/proposal-templates/:key: the coordination team and administrators. */
export const rolesThatEditTemplates: readonly Role[] = ['coordinator', 'admin'];
