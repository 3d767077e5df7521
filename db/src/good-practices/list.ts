import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../create-db.ts';
import { goodPractices, municipalities, type Programme } from '../schema/index.ts';
import { highlightAll, snippet, type Highlighted } from '../search/highlight.ts';
import { buildSearchQuery } from '../search/search-query.ts';
import { goodPracticeFts } from './good-practice-fts.ts';
import { byTitle, summaryColumns, toPractice } from './practice-fields.ts';

export interface GoodPracticeFilters {
  q?: string;
  theme?: string;
  programme?: Programme;
  /** A municipality's slug. */
  municipality?: string;
}

/**
 * The network's good practices, any member may read them all. With text, matches come from the Greek-aware
 * FTS5 index, best first, with the title and a snippet of the summary highlighted; without, by title. The
 * coordination team curates a few dozen at most, so the list is not paged.
 */
export async function listGoodPractices({ db, filters }: { db: Database; filters: GoodPracticeFilters }) {
  const query = filters.q ? buildSearchQuery(filters.q) : null;
  // A text of stop words only searches for nothing in particular: the list as if no text were given.
  const search = query?.match ? query : null;
  const conditions = and(
    search ? sql`good_practice_fts MATCH ${search.match}` : undefined,
    filters.theme ? sql`EXISTS (SELECT 1 FROM json_each(${goodPractices.themes}) WHERE json_each.value = ${filters.theme})` : undefined,
    filters.programme ? eq(goodPractices.programme, filters.programme) : undefined,
    filters.municipality ? eq(municipalities.slug, filters.municipality) : undefined,
  );
  const practices = db.select(summaryColumns).from(goodPractices).innerJoin(municipalities, eq(municipalities.id, goodPractices.municipalityId));
  const rows = search
    ? await practices
        .innerJoin(goodPracticeFts, eq(goodPracticeFts.goodPracticeId, goodPractices.id))
        .where(conditions)
        .orderBy(sql`bm25(good_practice_fts)`, asc(goodPractices.title))
    : (await practices.where(conditions)).sort(byTitle);
  const items = rows
    .map(toPractice)
    .map((item): typeof item & { highlights?: { title: Highlighted; summary: Highlighted } } =>
      search ? { ...item, highlights: { title: highlightAll(item.title, search), summary: snippet(item.summary, search) } } : item,
    );
  return { items, total: items.length };
}
