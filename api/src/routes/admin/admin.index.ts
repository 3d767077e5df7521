import { createRouter } from '../../lib/create-router.ts';
import { createAdminHandlers } from './admin.handlers.ts';
import * as routes from './admin.routes.ts';

export function createAdminRouter(now: () => Date = () => new Date()) {
  const handlers = createAdminHandlers(now);
  return createRouter()
    .openapi(routes.listUsers, handlers.listUsers)
    .openapi(routes.updateUser, handlers.updateUser)
    .openapi(routes.revokeUserSessions, handlers.revokeUserSessions)
    .openapi(routes.createInvitation, handlers.createInvitation)
    .openapi(routes.listInvitations, handlers.listInvitations)
    .openapi(routes.revokeInvitation, handlers.revokeInvitation)
    .openapi(routes.listAudit, handlers.listAudit);
}
