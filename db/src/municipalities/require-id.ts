import { eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { NotFoundError } from '../errors.ts';
import { municipalities } from '../schema/index.ts';

/** The id behind a municipality slug from a URL, or a 404 for a slug that names no member. */
export async function requireMunicipalityId(db: Database, slug: string): Promise<string> {
  const [municipality] = await db
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(eq(municipalities.slug, slug))
    .limit(1);
  if (!municipality) throw new NotFoundError('Municipality not found.');
  return municipality.id;
}
