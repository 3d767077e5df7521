import type { Role } from '@cni/db';
import { ForbiddenError } from '@cni/db';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, SessionUser } from '../lib/app-env.ts';
import { UnauthorizedError } from '../lib/http-errors.ts';

/**
 * Who may call a route. Every route declares one of these through `access(...)`; which municipality's rows
 * a caller may touch is then decided by the @cni/db verb the handler calls.
 */
export type Access = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

export const everyone: Access = { kind: 'public' };
export const anyMember: Access = { kind: 'roles', roles: ['officer', 'coordinator', 'liaison', 'admin'] };
export function onlyRoles(...roles: Role[]): Access {
  return { kind: 'roles', roles };
}

function requireAccess(rule: Access) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (rule.kind === 'roles') {
      const user = c.get('user');
      if (!user) throw new UnauthorizedError();
      if (!rule.roles.includes(user.role)) throw new ForbiddenError('Your role may not use this.');
    }
    await next();
  });
}

/**
 * Spread into a createRoute() config: the middleware that enforces the rule, and its description in the
 * OpenAPI document (`x-access`, `security`) so a sweep over /api/openapi.json can check every route.
 */
export function access(rule: Access) {
  return {
    middleware: requireAccess(rule),
    security: rule.kind === 'public' ? [] : [{ sessionCookie: [] }],
    'x-access': rule.kind === 'public' ? ['public'] : [...rule.roles],
  };
}

/** For handlers that only make sense after requireAccess has run. */
export function currentUser(c: { get(key: 'user'): SessionUser | null }): SessionUser {
  const user = c.get('user');
  if (!user) throw new UnauthorizedError();
  return user;
}
