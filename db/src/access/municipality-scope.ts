import { ForbiddenError } from '../errors.ts';
import type { Role } from '../schema/index.ts';
import type { Actor } from './actor.ts';

/**
 * Tenancy rule for municipality-owned rows, declared per resource: officers reach only their own
 * municipality's rows; the roles listed in `networkWide` reach every municipality's.
 */
export interface MunicipalityScope {
  read: readonly Role[];
  write: readonly Role[];
}

export const needsScope: MunicipalityScope = {
  read: ['coordinator', 'admin'],
  write: ['admin'],
};

export function canAccessMunicipality(
  actor: Actor,
  municipalityId: string,
  scope: MunicipalityScope,
  mode: 'read' | 'write',
): boolean {
  if (actor.role === 'officer') return actor.municipalityId === municipalityId;
  return scope[mode].includes(actor.role);
}

export function assertMunicipalityAccess(
  actor: Actor,
  municipalityId: string,
  scope: MunicipalityScope,
  mode: 'read' | 'write',
): void {
  if (!canAccessMunicipality(actor, municipalityId, scope, mode)) {
    throw new ForbiddenError(
      mode === 'read'
        ? "You may not see this municipality's data."
        : "You may not change this municipality's data.",
    );
  }
}
