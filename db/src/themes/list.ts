import { asc } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { themes } from '../schema/index.ts';

export async function listThemes({ db }: { db: Database }) {
  return db
    .select({
      slug: themes.slug,
      name: themes.name,
      nameEl: themes.nameEl,
      description: themes.description,
      descriptionEl: themes.descriptionEl,
    })
    .from(themes)
    .orderBy(asc(themes.createdAt), asc(themes.slug));
}
