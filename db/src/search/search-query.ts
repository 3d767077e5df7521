import { analyseText, isSearchWord, stemWord } from './analyse-text.ts';
import { foldText } from './fold-text.ts';
import { expandTerms } from './glossary.ts';

export interface SearchQuery {
  /** An FTS5 MATCH expression over the stemmed columns, or null when the text holds no searchable word. */
  match: string | null;
  /** Stems whose words are highlighted in results. */
  stems: Set<string>;
  /** A word still being typed: words starting with it are highlighted too. */
  prefix: string | null;
}

// A word being typed matches words that start with it once it has this many letters.
const minPrefixLength = 3;

function quote(form: string): string {
  // Forms hold letters, digits and spaces only (analyseText), so quoting cannot be escaped from.
  return `"${form}"`;
}

/**
 * Turns what a person typed into an FTS5 query: every concept must appear (AND), each in any of its forms in
 * Greek or English (OR). User text never reaches MATCH raw: only analysed, quoted stems do, so quotes, `*`,
 * `NEAR` or `-` in the box are plain characters. Unless the text ends in a space, its last word may be
 * unfinished and also matches as a prefix, for results while typing.
 */
export function buildSearchQuery(text: string): SearchQuery {
  const concepts = expandTerms(analyseText(text));
  const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const last = words.at(-1);
  const typing = last !== undefined && /[\p{L}\p{N}]$/u.test(text) && isSearchWord(last) && last.length >= minPrefixLength;
  const prefix = typing ? last : null;
  if (prefix && concepts.length > 0) {
    const lastConcept = concepts.at(-1)!;
    if (lastConcept.has(stemWord(prefix))) lastConcept.add(`${prefix}*`);
  }
  const stems = new Set<string>();
  for (const concept of concepts) for (const form of concept) if (!form.endsWith('*')) for (const stem of form.split(' ')) stems.add(stem);
  const match =
    concepts.length === 0
      ? null
      : concepts
          .map((concept) => `(${[...concept].map((form) => (form.endsWith('*') ? `${quote(form.slice(0, -1))}*` : quote(form))).join(' OR ')})`)
          .join(' AND ');
  return { match, stems, prefix };
}
