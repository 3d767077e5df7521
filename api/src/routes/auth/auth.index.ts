import type { LoginLimiters } from '../../auth/rate-limiter.ts';
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './auth.handlers.ts';
import * as routes from './auth.routes.ts';

export function createAuthRouter(limiters: LoginLimiters) {
  return createRouter()
    .openapi(routes.login, handlers.createLoginHandler(limiters))
    .openapi(routes.logout, handlers.logout)
    .openapi(routes.me, handlers.me);
}
