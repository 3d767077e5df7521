import type { Role } from '@cni/db';

/**
 * Who calls each route. `owner` (an officer of Athens, which owns every object) is the control: it proves the ids
 * are real, so that another persona's 404 means "hidden from you", not "no such id".
 */
export const personas = ['anonymous', 'outsider', 'liaison', 'coordinator', 'owner'] as const;
export type Persona = (typeof personas)[number];

export const roleOf: Record<Exclude<Persona, 'anonymous'>, Role> = {
  outsider: 'officer',
  liaison: 'liaison',
  coordinator: 'coordinator',
  owner: 'officer',
};

/** `allowed`: the call got past every access check and was served (2xx). */
export type Outcome = 'allowed' | 401 | 403 | 404;

/**
 * What a route does with the object in its path once the role in `x-access` let the caller in:
 * - `open`: nothing more, every admitted role is served (network-wide data, or each caller's own rows by query);
 * - `private`: an Athens row that other municipalities and the liaison may not know of (404), and that the
 *   coordination team may use (it reads and reviews everything); `private-owner-only`: the same, but the team gets 403;
 * - `slug` / `slug-owner-only`: Athens named by its public slug, so the others get 403 rather than 404;
 * - `personal`: one user's own row (saved search, notification): 404 to everyone else, the coordination team too.
 */
export type Tenancy = 'open' | 'private' | 'private-owner-only' | 'slug' | 'slug-owner-only' | 'personal';

const byTenancy: Record<Tenancy, Record<Exclude<Persona, 'anonymous'>, Outcome>> = {
  open: { outsider: 'allowed', liaison: 'allowed', coordinator: 'allowed', owner: 'allowed' },
  private: { outsider: 404, liaison: 404, coordinator: 'allowed', owner: 'allowed' },
  'private-owner-only': { outsider: 404, liaison: 404, coordinator: 403, owner: 'allowed' },
  slug: { outsider: 403, liaison: 403, coordinator: 'allowed', owner: 'allowed' },
  'slug-owner-only': { outsider: 403, liaison: 403, coordinator: 403, owner: 'allowed' },
  personal: { outsider: 404, liaison: 404, coordinator: 404, owner: 'allowed' },
};

/**
 * The answer a persona must get: 401 without a session on any non-public route, 403 for a role `x-access` does not
 * list, then the route's tenancy; `overrides` states the exceptions, each with its reason in the table.
 */
export function expectedOutcome({
  persona,
  xAccess,
  tenancy,
  overrides = {},
}: {
  persona: Persona;
  xAccess: readonly string[];
  tenancy: Tenancy;
  overrides?: Partial<Record<Persona, Outcome>>;
}): Outcome {
  const override = overrides[persona];
  if (override !== undefined) return override;
  if (xAccess.includes('public')) return 'allowed';
  if (persona === 'anonymous') return 401;
  if (!xAccess.includes(roleOf[persona])) return 403;
  return byTenancy[tenancy][persona];
}
