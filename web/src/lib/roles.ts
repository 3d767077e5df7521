import type { Role } from './api-types.ts';

// Who may do what, as the API decides it; the web only uses these to offer what will be accepted.

/** POST /api/calls: the ministry liaison, the coordination team and the administrators. */
export const rolesThatAddCalls: readonly Role[] = ['liaison', 'coordinator', 'admin'];

/** /api/sources: the coordination team and the administrators. */
export const rolesThatManageSources: readonly Role[] = ['coordinator', 'admin'];

export function hasRole(role: Role | undefined, allowed: readonly Role[]): boolean {
  return role !== undefined && allowed.includes(role);
}
