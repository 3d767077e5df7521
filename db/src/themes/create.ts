import { eq } from 'drizzle-orm';
import type { Ctx } from '../access/actor.ts';
import { buildAuditEntry } from '../audit/audit-entry.ts';
import { ConflictError, ForbiddenError } from '../errors.ts';
import { themes } from '../schema/index.ts';
import { writeBatch } from '../write-batch.ts';

export interface NewTheme {
  slug: string;
  name: string;
  nameEl: string;
  description: string;
  descriptionEl: string;
}

/**
 * A theme added by the coordination team when the network's needs outgrow the five of the assessment. A slug
 * names a theme for good (needs and calls refer to it), so an existing one is a conflict, never overwritten.
 */
export async function createTheme({ ctx, input }: { ctx: Ctx; input: NewTheme }) {
  if (ctx.actor.role !== 'coordinator' && ctx.actor.role !== 'admin') throw new ForbiddenError('Only the coordination team extends the themes.');
  const [existing] = await ctx.db.select({ slug: themes.slug }).from(themes).where(eq(themes.slug, input.slug));
  if (existing) throw new ConflictError(`The theme "${input.slug}" exists already.`);
  await writeBatch(ctx.db, [
    ctx.db.insert(themes).values({ ...input, createdAt: new Date().toISOString() }),
    buildAuditEntry(ctx, { action: 'theme.create', entityType: 'theme', entityId: input.slug, details: { name: input.name } }),
  ]);
  return input;
}
