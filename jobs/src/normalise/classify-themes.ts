import { type ThemeSlug, themeTerms } from './theme-terms.data.ts';
import { compileTerms, foldForMatching } from './term-matcher.ts';

const themes = (Object.entries(themeTerms) as Array<[ThemeSlug, readonly string[]]>).map(([slug, terms]) => ({
  slug,
  pattern: compileTerms(terms),
}));

/**
 * The CNI need themes a call speaks to (municipal-services, institutional-reform, awareness-participation,
 * networking, labour-market), matched on folded text by word prefix so that every inflection counts.
 */
export function classifyThemes(text: string): ThemeSlug[] {
  const folded = foldForMatching(text);
  return themes.filter(({ pattern }) => pattern.test(folded)).map(({ slug }) => slug);
}
