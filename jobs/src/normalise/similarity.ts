import { foldText } from '@cni/db';
import { titleStopWords } from './stop-words.data.ts';

// Greek inflectional endings, longest first; what remains is a crude stem, enough to pair
// `Κέντρα Ένταξης Μεταναστών` with `Κέντρων Ένταξης Μεταναστών`.
const greekEndings = ['ουσ', 'εων', 'ιων', 'ων', 'ου', 'οσ', 'εσ', 'ασ', 'ησ', 'ισ', 'υσ', 'α', 'ε', 'η', 'ι', 'ο', 'υ', 'ω'];
const minStemLength = 3;
const minTokenLength = 3;

function stem(token: string): string {
  if (/\p{Script=Greek}/u.test(token)) {
    const ending = greekEndings.find((candidate) => token.endsWith(candidate) && token.length - candidate.length >= minStemLength);
    return ending ? token.slice(0, -ending.length) : token;
  }
  return token.length > minTokenLength + 1 && token.endsWith('s') ? token.slice(0, -1) : token;
}

/** The folded, stemmed words of a title that can tell calls apart. */
export function titleTokens(title: string): Set<string> {
  const tokens = foldText(title)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => (token.length >= minTokenLength || /^\d+$/.test(token)) && !titleStopWords.has(token));
  return new Set(tokens.map(stem));
}

/**
 * How alike two call titles are, 0..1: the Dice coefficient of their folded, stemmed word sets, without
 * function words and the words every call title has. Used to find the same call published by two sources.
 */
export function titleSimilarity(a: string, b: string): number {
  const first = titleTokens(a);
  const second = titleTokens(b);
  if (first.size === 0 || second.size === 0) return foldText(a).trim() === foldText(b).trim() && a.trim() !== '' ? 1 : 0;
  return tokenSimilarity(first, second);
}

/** The Dice coefficient of two token sets, for callers that tokenise each title once. */
export function tokenSimilarity(first: Set<string>, second: Set<string>): number {
  if (first.size === 0 || second.size === 0) return 0;
  let shared = 0;
  for (const token of first) if (second.has(token)) shared += 1;
  return (2 * shared) / (first.size + second.size);
}
