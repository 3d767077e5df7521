import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.ts';
import { memberships, municipalities, users, type Role } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';
import { buildEndSessions } from './end-sessions.ts';
import { findAccountById } from './find-account.ts';

export interface UserPatch {
  role?: Role;
  /** Municipality slug; required when the user is (or becomes) an officer, null otherwise. */
  municipality?: string | null;
  disabled?: boolean;
}

async function resolveMunicipality(ctx: Ctx, slug: string | null): Promise<string | null> {
  if (slug === null) return null;
  const [row] = await ctx.db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.slug, slug)).limit(1);
  if (!row) throw new ValidationError(`Unknown municipality "${slug}".`);
  return row.id;
}

/**
 * An administrator changes someone's role, municipality or whether they may log in. Disabling ends their
 * sessions in the same batch, so their next request is refused. Administrators cannot lock themselves out.
 */
export async function updateUser({ ctx, userId, patch, now }: { ctx: Ctx; userId: string; patch: UserPatch; now: Date }): Promise<void> {
  if (ctx.actor.role !== 'admin') throw new ForbiddenError('Only administrators manage users.');
  const account = await findAccountById({ db: ctx.db, userId });
  if (!account) throw new NotFoundError('User not found.');
  const isSelf = userId === ctx.actor.userId;
  if (isSelf && patch.disabled === true) throw new ForbiddenError('You cannot disable your own account.');
  if (isSelf && patch.role !== undefined && patch.role !== 'admin') throw new ForbiddenError('You cannot take the administrator role from yourself.');

  const role = patch.role ?? account.role;
  // A role change away from officer drops the municipality unless one is (wrongly) given.
  const municipalityId =
    patch.municipality !== undefined ? await resolveMunicipality(ctx, patch.municipality) : role === 'officer' ? account.municipalityId : null;
  if ((role === 'officer') !== (municipalityId !== null)) {
    throw new ValidationError('An officer belongs to exactly one municipality; other roles to none.');
  }
  const isDisabled = patch.disabled ?? account.disabledAt !== null;
  const changes: Record<string, unknown> = {};
  if (role !== account.role) changes.role = { from: account.role, to: role };
  if (municipalityId !== account.municipalityId) changes.municipalityId = { from: account.municipalityId, to: municipalityId };
  if (isDisabled !== (account.disabledAt !== null)) changes.disabled = isDisabled;
  if (Object.keys(changes).length === 0) return;

  const action = changes.disabled === true ? 'user.disable' : changes.disabled === false ? 'user.enable' : 'user.update';
  await writeBatch(ctx.db, [
    ctx.db.update(memberships).set({ role, municipalityId }).where(eq(memberships.userId, userId)),
    ctx.db
      .update(users)
      .set({ disabledAt: isDisabled ? (account.disabledAt ?? now.toISOString()) : null })
      .where(eq(users.id, userId)),
    // A new role or municipality must not ride on sessions opened under the old one.
    ...(isDisabled || changes.role || changes.municipalityId ? [buildEndSessions(ctx.db, userId)] : []),
    buildAuditEntry(ctx, { action, entityType: 'user', entityId: userId, municipalityId: municipalityId ?? account.municipalityId, details: { email: account.email, ...changes } }),
  ]);
}
