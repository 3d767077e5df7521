import { acceptInvitation as accept, findAccountById, findOpenInvitation, invalidInvitationMessage, NotFoundError } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import { startSession } from '../../auth/start-session.ts';
import type { AppEnv } from '../../lib/app-env.ts';
import { anonymousAuditCtx } from '../../lib/verb-ctx.ts';
import type * as routes from './invitations.routes.ts';
import { toMe } from './me-body.ts';

export function createInvitationHandlers(now: () => Date) {
  const getInvitation: RouteHandler<typeof routes.getInvitation, AppEnv> = async (c) => {
    const invitation = await findOpenInvitation({ db: c.get('db'), token: c.req.valid('param').token, now: now() });
    if (!invitation) throw new NotFoundError(invalidInvitationMessage);
    return c.json(
      {
        email: invitation.email,
        role: invitation.role,
        municipality: invitation.municipalitySlug
          ? { slug: invitation.municipalitySlug, name: invitation.municipalityName ?? '', nameEl: invitation.municipalityNameEl ?? '' }
          : null,
        expiresAt: invitation.expiresAt,
      },
      200,
    );
  };

  const acceptInvitation: RouteHandler<typeof routes.acceptInvitation, AppEnv> = async (c) => {
    const at = now();
    const { userId } = await accept({ ctx: anonymousAuditCtx(c), token: c.req.valid('param').token, input: c.req.valid('json'), now: at });
    const account = await findAccountById({ db: c.get('db'), userId });
    if (!account) throw new NotFoundError(invalidInvitationMessage);
    const user = await startSession(c, account, at);
    return c.json(toMe(c, user), 201);
  };

  return { getInvitation, acceptInvitation };
}
