import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemGreek } from '@orama/stemmers/greek';
import { foldText } from './fold-text.ts';
import { searchStopWords } from './stop-words.data.ts';

const wordPattern = /[\p{L}\p{N}]+/gu;
const greekLetter = /\p{Script=Greek}/u;

// Stemming a Greek word costs several microseconds and a corpus repeats the same few thousand words: every
// call indexed and every result highlighted would otherwise stem them again. Emptied when full, never stale.
const knownStems = new Map<string, string>();
const maxKnownStems = 200_000;

/** The stem of one folded word: Greek by the Greek stemmer, anything else by the English (Porter) one. */
export function stemWord(folded: string): string {
  const known = knownStems.get(folded);
  if (known !== undefined) return known;
  if (knownStems.size >= maxKnownStems) knownStems.clear();
  // The Greek stemmer may hand back accents or a final ς; the index holds folded text only.
  const stem = /^\d+$/.test(folded) ? folded : foldText(greekLetter.test(folded) ? stemGreek(folded) : stemEnglish(folded)).replace(/ς/g, 'σ') || folded;
  knownStems.set(folded, stem);
  return stem;
}

/** Whether a folded word is kept as a search term at all. */
export function isSearchWord(folded: string): boolean {
  return folded.length > 1 && !searchStopWords.has(folded);
}

/**
 * The search terms of a text, in order: folded (accents, dialytika, case, final sigma), function words
 * dropped, stemmed. The single analysis behind the index and every query, so `Μεταναστών`, `μεταναστων` and
 * `ΜΕΤΑΝΑΣΤΕΣ` give one term, as do `refugee` and `refugees`.
 */
export function analyseText(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of foldText(text).matchAll(wordPattern)) {
    if (isSearchWord(word)) terms.push(stemWord(word));
  }
  return terms;
}

/** Each word of a text with where it stands, folded, for highlighting the original. */
export function* textWords(text: string): Generator<{ start: number; end: number; folded: string }> {
  for (const match of text.matchAll(wordPattern)) {
    yield { start: match.index, end: match.index + match[0].length, folded: foldText(match[0]) };
  }
}
