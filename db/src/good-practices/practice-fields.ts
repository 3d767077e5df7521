import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import type { Database } from '../create-db.ts';
import { ValidationError } from '../errors.ts';
import { analyseText } from '../search/analyse-text.ts';
import { goodPractices, municipalities, themes, type PracticeContact, type PracticeLink, type Programme } from '../schema/index.ts';
import { markdownToSearchText } from './markdown-text.ts';

/** What the coordination team writes about a practice; `municipality` is the slug of the city it comes from. */
export interface GoodPracticeFields {
  title: string;
  municipality: string;
  summary: string;
  body: string;
  themes: string[];
  programme: Programme | null;
  contacts: PracticeContact[];
  links: PracticeLink[];
}

/** The coordination team curates the network's good practices; every member reads them. */
export function canEditGoodPractices(actor: Actor): boolean {
  return actor.role === 'coordinator' || actor.role === 'admin';
}

export const summaryColumns = {
  id: goodPractices.id,
  title: goodPractices.title,
  summary: goodPractices.summary,
  themes: goodPractices.themes,
  programme: goodPractices.programme,
  updatedAt: goodPractices.updatedAt,
  municipalitySlug: municipalities.slug,
  municipalityName: municipalities.name,
  municipalityNameEl: municipalities.nameEl,
};

// Greek titles sort by the alphabet, not by code point (which puts Έ and Ά before Α).
const titleOrder = new Intl.Collator('el', { sensitivity: 'base', numeric: true });

export function byTitle(a: { title: string }, b: { title: string }): number {
  return titleOrder.compare(a.title, b.title);
}

interface MunicipalityColumns {
  municipalitySlug: string;
  municipalityName: string;
  municipalityNameEl: string;
}

/** A row read with `summaryColumns` (and maybe more), with its municipality as one reference. */
export function toPractice<Row extends MunicipalityColumns>({ municipalitySlug, municipalityName, municipalityNameEl, ...practice }: Row) {
  return { ...practice, municipality: { slug: municipalitySlug, name: municipalityName, nameEl: municipalityNameEl } };
}

/**
 * The search terms of a practice: its title, summary, the words of its body (not its Markdown or link
 * targets) and its municipality's names in both languages, so that "Λάρισα" finds Larissa's practices.
 */
export function goodPracticeSearchTerms(
  practice: Pick<GoodPracticeFields, 'title' | 'summary' | 'body'>,
  municipality: { name: string; nameEl: string },
): string {
  return analyseText([practice.title, practice.summary, markdownToSearchText(practice.body), municipality.name, municipality.nameEl].join(' \n ')).join(' ');
}

export async function resolveMunicipality(db: Database, slug: string) {
  const [municipality] = await db
    .select({ id: municipalities.id, slug: municipalities.slug, name: municipalities.name, nameEl: municipalities.nameEl })
    .from(municipalities)
    .where(eq(municipalities.slug, slug))
    .limit(1);
  if (!municipality) throw new ValidationError(`Unknown municipality "${slug}".`);
  return municipality;
}

export async function assertThemesExist(db: Database, slugs: readonly string[]): Promise<void> {
  const wanted = [...new Set(slugs)];
  if (wanted.length === 0) return;
  const known = new Set((await db.select({ slug: themes.slug }).from(themes).where(inArray(themes.slug, wanted))).map((row) => row.slug));
  const unknown = wanted.filter((slug) => !known.has(slug));
  if (unknown.length > 0) throw new ValidationError(`Unknown theme ${unknown.map((slug) => `"${slug}"`).join(', ')}.`);
}
