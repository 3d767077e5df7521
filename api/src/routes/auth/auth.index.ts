import type { LoginLimiters } from '../../auth/rate-limiter.ts';
import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './auth.handlers.ts';
import * as routes from './auth.routes.ts';
import { createInvitationHandlers } from './invitations.handlers.ts';
import * as invitationRoutes from './invitations.routes.ts';

export function createAuthRouter(limiters: LoginLimiters, now: () => Date = () => new Date()) {
  const invitations = createInvitationHandlers(now);
  return createRouter()
    .openapi(routes.login, handlers.createLoginHandler(limiters, now))
    .openapi(routes.logout, handlers.logout)
    .openapi(routes.logoutEverywhere, handlers.logoutEverywhere)
    .openapi(routes.changePassword, handlers.createChangePasswordHandler(limiters))
    .openapi(routes.me, handlers.me)
    .openapi(invitationRoutes.getInvitation, invitations.getInvitation)
    .openapi(invitationRoutes.acceptInvitation, invitations.acceptInvitation);
}
