import { type ThemeSlug, themeTerms } from './theme-terms.data.ts';
import { compileVocabulary, type FoldedText, foldForMatching } from './term-matcher.ts';

const slugs = Object.keys(themeTerms) as ThemeSlug[];
const themes = compileVocabulary(Object.entries(themeTerms) as Array<[ThemeSlug, readonly string[]]>);

/**
 * The CNI need themes a call speaks to (municipal-services, institutional-reform, awareness-participation,
 * networking, labour-market), matched on folded text by word prefix so that every inflection counts.
 */
export function classifyThemes(text: string): ThemeSlug[] {
  return classifyThemesFromFolded(foldForMatching(text));
}

/** classifyThemes of text a caller has already folded for all its classifiers. */
export function classifyThemesFromFolded(folded: FoldedText): ThemeSlug[] {
  const found = themes.findFirst(folded);
  return slugs.filter((slug) => found.has(slug));
}
