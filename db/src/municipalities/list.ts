import { asc, count, eq } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { municipalities, needs } from '../schema/index.ts';

const publicColumns = {
  id: municipalities.id,
  slug: municipalities.slug,
  name: municipalities.name,
  nameEl: municipalities.nameEl,
  region: municipalities.region,
  regionEl: municipalities.regionEl,
};

export async function listMunicipalities({ db }: { db: Database }) {
  return db.select(publicColumns).from(municipalities).orderBy(asc(municipalities.name));
}

/** Name, region and how many needs it has recorded: facts every member of the network may see. */
export async function getMunicipalityBySlug({ db, slug }: { db: Database; slug: string }) {
  const [row] = await db
    .select({ ...publicColumns, needCount: count(needs.id) })
    .from(municipalities)
    .leftJoin(needs, eq(needs.municipalityId, municipalities.id))
    .where(eq(municipalities.slug, slug))
    .groupBy(municipalities.id);
  return row;
}
