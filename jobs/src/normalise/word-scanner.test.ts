import { describe, expect, it } from 'vitest';
import { wholeWordPattern, WordScanner } from './word-scanner.ts';

const sources = {
  deadline: ['καταληκτικ\\p{L}* ημερομηνι\\p{L}*', 'ληξ(?:η|ησ)', 'deadlines?'],
  period: ['υποβολ\\p{L}*', 'περιοδ\\p{L}* υποβολ\\p{L}*'],
  amount: ['\\d{1,3}(?:\\.\\d{3})* ?(?:€|ευρω)'],
};
const texts = [
  'καταληκτικη ημερομηνια υποβολησ: 30/04/2026, ληξη 1.250.000 € και 5 ευρω',
  'περιοδοσ υποβολησ υποβολη υποβολεσ deadlines deadline',
  'διαληξη 1.000€ x5 € ληξησ',
  '',
];

/** What each kind finds with `matchAll` of its alternatives joined behind a look-behind for a word start. */
function matchAllByKind(text: string): Array<[string, number, string]> {
  const found: Array<[string, number, string]> = [];
  for (const [kind, alternatives] of Object.entries(sources)) {
    const joined = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(joined)) found.push([kind, match.index, match[0]]);
  }
  return found.sort((a, b) => a[1] - b[1]);
}

describe('WordScanner', () => {
  const scanner = new WordScanner(Object.entries(sources).map(([kind, alternatives]) => wholeWordPattern(kind, alternatives)));

  it.each(texts)('finds what one regular expression per kind finds in %j', (text) => {
    const found = scanner.findAll(text).map(({ kind, match }): [string, number, string] => [kind, match.index, match[0]]);
    expect(found).toEqual(matchAllByKind(text));
  });

  it('gives where each kind first matches, in text order', () => {
    expect([...scanner.findFirst(texts[1] as string)]).toEqual([
      ['period', 0],
      ['deadline', 35],
    ]);
  });

  it('finds nothing inside a word', () => {
    expect(scanner.test('διαληξη')).toBe(false);
    expect(scanner.test('η ληξη')).toBe(true);
  });

  it('finds the starts of a scanner made after the text was last read', () => {
    const text = 'χρηματοδοτηση δρασεων';
    expect(scanner.test(text)).toBe(false);
    expect(new WordScanner([wholeWordPattern('action', ['δρασ\\p{L}*'])]).test(text)).toBe(true);
  });
});
