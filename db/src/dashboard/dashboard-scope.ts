import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { municipalities, type Role } from '../schema/index.ts';

export interface MunicipalityRef {
  slug: string;
  name: string;
  nameEl: string;
}

export const municipalityRefColumns = { slug: municipalities.slug, name: municipalities.name, nameEl: municipalities.nameEl };

/** The municipality a dashboard is about; null is the whole network. */
export type DashboardScope = { id: string; municipality: MunicipalityRef } | null;

const networkReaders: readonly Role[] = ['coordinator', 'admin'];

/**
 * Whose figures the actor asked for and may see: the coordination team any municipality or the whole network,
 * an officer only their own (also when they name none); the liaison works with calls, not with pipelines.
 */
export async function resolveDashboardScope({ ctx, slug }: { ctx: Ctx; slug: string | undefined }): Promise<DashboardScope> {
  const { actor } = ctx;
  const isOfficer = actor.role === 'officer';
  if (!isOfficer && !networkReaders.includes(actor.role)) throw new ForbiddenError('Your role may not see the dashboard.');
  if (!isOfficer && slug === undefined) return null;
  const [row] = await ctx.db
    .select({ id: municipalities.id, ...municipalityRefColumns })
    .from(municipalities)
    .where(isOfficer ? eq(municipalities.id, actor.municipalityId ?? '') : eq(municipalities.slug, slug!))
    .limit(1);
  if (isOfficer && (!row || (slug !== undefined && slug !== row.slug))) throw new ForbiddenError("You may see only your own municipality's dashboard.");
  if (!row) throw new NotFoundError('Municipality not found.');
  const { id, ...municipality } = row;
  return { id, municipality };
}
