import { foldAndCollapseWhitespace, foldText } from '@cni/db';
import { escapeForPattern } from './pattern-text.ts';
import { wholeWordPattern, WordScanner } from './word-scanner.ts';

/** Text from foldForMatching, typed apart so that raw text cannot reach a function that expects it folded. */
export type FoldedText = string & { readonly isFoldedForMatching: true };

/** Text as terms, labels, dates and amounts are matched against: folded, whitespace collapsed. */
export function foldForMatching(text: string): FoldedText {
  return foldAndCollapseWhitespace(text) as FoldedText;
}

/**
 * Vocabulary terms compiled for a scan of folded text, one kind per entry. A term is written naturally (accents
 * and capitals are folded away); a word ending in `*` matches any ending, so `απασχόλησ*` finds `απασχόληση`
 * and `απασχόλησης`; `…` allows up to three words in between; a hyphen may also be a space or nothing. Words
 * match whole, so `ΟΤΑ` does not match inside `ΟΤΑΝ`.
 */
export function compileVocabulary<Kind>(vocabulary: ReadonlyArray<readonly [Kind, readonly string[]]>): WordScanner<Kind> {
  return new WordScanner(vocabulary.map(([kind, terms]) => wholeWordPattern(kind, terms.map(termPattern))));
}

/** A vocabulary of one kind, for asking whether any of its terms is in a text. */
export function compileTerms(terms: readonly string[]): WordScanner<'term'> {
  return compileVocabulary([['term', terms]]);
}

const separator = '[\\s,]+';
const gap = `(?:${separator}[^\\s,]+){0,3}`;

function termPattern(term: string): string {
  const words = foldText(term).trim().split(/\s+/);
  let pattern = '';
  for (const [index, word] of words.entries()) {
    if (word === '…') {
      pattern += gap;
      continue;
    }
    if (index > 0) pattern += separator;
    const isPrefix = word.endsWith('*');
    const literal = escapeForPattern(isPrefix ? word.slice(0, -1) : word).replace(/-/g, '[- ]?');
    pattern += isPrefix ? `${literal}\\p{L}*` : literal;
  }
  return pattern;
}
