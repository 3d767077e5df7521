import type { Me, Role } from './api-types.ts';

// Who may do what with needs, as the API decides it (db/src/access/municipality-scope.ts, needsScope); the
// web only uses these to offer what will be accepted.

/** Read every municipality's needs: the coordination team and the administrators. */
const rolesThatReadAllNeeds: readonly Role[] = ['coordinator', 'admin'];

/** Change any municipality's needs; officers change their own municipality's. */
const rolesThatWriteAllNeeds: readonly Role[] = ['admin'];

export function canReadAllNeeds(user: Me | null | undefined): boolean {
  return user ? rolesThatReadAllNeeds.includes(user.role) : false;
}

/** Whether the user may see needs at all (the ministry liaison may not). */
export function canReadNeeds(user: Me | null | undefined): boolean {
  return Boolean(user && (canReadAllNeeds(user) || (user.role === 'officer' && user.municipality)));
}

export function canWriteNeedsOf(user: Me | null | undefined, municipalityId: string | undefined): boolean {
  if (!user || !municipalityId) return false;
  if (rolesThatWriteAllNeeds.includes(user.role)) return true;
  return user.role === 'officer' && user.municipality?.id === municipalityId;
}
