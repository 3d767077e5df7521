import { foldText } from './fold-text.ts';
import { escapeForPattern } from './pattern-text.ts';

/**
 * Vocabulary terms compiled to one regular expression over folded text. A term is written naturally (accents
 * and capitals are folded away); a word ending in `*` matches any ending, so `απασχόλησ*` finds `απασχόληση`
 * and `απασχόλησης`; `…` allows up to three words in between; a hyphen may also be a space or nothing. Words
 * match whole, so `ΟΤΑ` does not match inside `ΟΤΑΝ`.
 */
export function compileTerms(terms: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(termPattern).join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** Text as terms are matched against: folded, whitespace collapsed. */
export function foldForMatching(text: string): string {
  return foldText(text).replace(/\s+/g, ' ');
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
