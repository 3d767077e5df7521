import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { ForbiddenError } from '../errors.ts';
import { memberships, municipalities, users } from '../schema/index.ts';

/** Every account with its role and municipality, for the administrators' user table. */
export async function listUsers({ ctx }: { ctx: Ctx }) {
  if (ctx.actor.role !== 'admin') throw new ForbiddenError('Only administrators manage users.');
  return ctx.db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      municipality: municipalities.slug,
      lastLoginAt: users.lastLoginAt,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(municipalities, eq(municipalities.id, memberships.municipalityId))
    .orderBy(asc(memberships.role), asc(users.email));
}
