import {
  createInvitation as create,
  listAuditPage,
  listInvitations as listAllInvitations,
  listUsers as listAllUsers,
  revokeInvitation as revoke,
  revokeUserSessions as revokeSessions,
  updateUser as update,
} from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { publicOrigin } from '../../lib/public-origin.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './admin.routes.ts';

export function createAdminHandlers(now: () => Date) {
  const listUsers: RouteHandler<typeof routes.listUsers, AppEnv> = async (c) => {
    const users = await listAllUsers({ ctx: verbCtx(c) });
    return c.json(
      users.map(({ disabledAt, ...user }) => ({ ...user, disabled: disabledAt !== null })),
      200,
    );
  };

  const updateUser: RouteHandler<typeof routes.updateUser, AppEnv> = async (c) => {
    await update({ ctx: verbCtx(c), userId: c.req.valid('param').id, patch: c.req.valid('json'), now: now() });
    return c.body(null, 204);
  };

  const revokeUserSessions: RouteHandler<typeof routes.revokeUserSessions, AppEnv> = async (c) => {
    await revokeSessions({ ctx: verbCtx(c), userId: c.req.valid('param').id });
    return c.body(null, 204);
  };

  const createInvitation: RouteHandler<typeof routes.createInvitation, AppEnv> = async (c) => {
    const body = c.req.valid('json');
    const { id, token, expiresAt } = await create({
      ctx: verbCtx(c),
      input: { email: body.email, role: body.role, municipality: body.municipality ?? null },
      now: now(),
    });
    return c.json({ id, url: `${publicOrigin(c)}/invitation/${token}`, expiresAt: expiresAt.toISOString() }, 201);
  };

  const listInvitations: RouteHandler<typeof routes.listInvitations, AppEnv> = async (c) => {
    const rows = await listAllInvitations({ ctx: verbCtx(c), now: now() });
    return c.json(
      rows.map(({ municipalitySlug, ...row }) => ({ ...row, municipality: municipalitySlug })),
      200,
    );
  };

  const revokeInvitation: RouteHandler<typeof routes.revokeInvitation, AppEnv> = async (c) => {
    await revoke({ ctx: verbCtx(c), id: c.req.valid('param').id, now: now() });
    return c.body(null, 204);
  };

  const listAudit: RouteHandler<typeof routes.listAudit, AppEnv> = async (c) => {
    const page = await listAuditPage({ db: c.get('db'), filters: c.req.valid('query') });
    return c.json(page, 200);
  };

  return { listUsers, updateUser, revokeUserSessions, createInvitation, listInvitations, revokeInvitation, listAudit };
}
