import { isSearchWord, stemWord, textWords } from './analyse-text.ts';
import type { SearchQuery } from './search-query.ts';

export interface Highlighted {
  text: string;
  /** [start, end) character offsets of the words that matched, within `text`. */
  highlights: Array<[number, number]>;
}

function matchedWords(text: string, query: Pick<SearchQuery, 'stems' | 'prefix'>): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const word of textWords(text)) {
    if (!isSearchWord(word.folded)) continue;
    if (query.stems.has(stemWord(word.folded)) || (query.prefix && word.folded.startsWith(query.prefix))) found.push([word.start, word.end]);
  }
  return found;
}

/** The whole text with the words of a query marked (titles). */
export function highlightAll(text: string, query: Pick<SearchQuery, 'stems' | 'prefix'>): Highlighted {
  return { text, highlights: matchedWords(text, query) };
}

/**
 * A window of a long text around its first matching word, cut at word boundaries, with the matching words
 * marked; the text's opening when nothing matches.
 */
export function snippet(text: string, query: Pick<SearchQuery, 'stems' | 'prefix'>, maxLength = 240): Highlighted {
  const all = matchedWords(text, query);
  if (text.length <= maxLength) return { text, highlights: all };
  const first = all[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(maxLength / 4));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    highlights: all.filter(([from, to]) => from >= start && to <= end).map(([from, to]) => [from + shift, to + shift]),
  };
}
