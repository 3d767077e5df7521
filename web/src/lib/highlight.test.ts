import { describe, expect, it } from 'vitest';
import { piecesOf, splitHighlights } from './highlight.ts';

describe('splitHighlights', () => {
  it('marks the ranges and keeps the text between them', () => {
    expect(splitHighlights('Ένταξη μεταναστών στην αγορά εργασίας', [[7, 17], [29, 37]])).toEqual([
      { text: 'Ένταξη ', isMatch: false },
      { text: 'μεταναστών', isMatch: true },
      { text: ' στην αγορά ', isMatch: false },
      { text: 'εργασίας', isMatch: true },
    ]);
  });

  it('gives the whole text unmarked when nothing matched', () => {
    expect(splitHighlights('AMIF 2026', [])).toEqual([{ text: 'AMIF 2026', isMatch: false }]);
    expect(splitHighlights('', [])).toEqual([{ text: '', isMatch: false }]);
  });

  it('marks a match at the very start or end without empty pieces', () => {
    expect(splitHighlights('refugees welcome', [[0, 8]])).toEqual([
      { text: 'refugees', isMatch: true },
      { text: ' welcome', isMatch: false },
    ]);
    expect(splitHighlights('welcome refugees', [[8, 16]])).toEqual([
      { text: 'welcome ', isMatch: false },
      { text: 'refugees', isMatch: true },
    ]);
  });

  it('merges overlapping and touching ranges and sorts unsorted ones', () => {
    expect(splitHighlights('abcdefghij', [[6, 8], [1, 3], [2, 4], [4, 5]])).toEqual([
      { text: 'a', isMatch: false },
      { text: 'bcde', isMatch: true },
      { text: 'f', isMatch: false },
      { text: 'gh', isMatch: true },
      { text: 'ij', isMatch: false },
    ]);
  });

  it('clamps ranges past the end and drops empty or reversed ones', () => {
    expect(splitHighlights('snippet…', [[4, 99], [3, 3], [6, 2], [-5, 1]])).toEqual([
      { text: 's', isMatch: true },
      { text: 'nip', isMatch: false },
      { text: 'pet…', isMatch: true },
    ]);
  });

  it('keeps markup in the text as text', () => {
    const pieces = splitHighlights('<img src=x onerror=alert(1)> ένταξη', [[29, 35]]);
    expect(pieces.map((piece) => piece.text).join('')).toBe('<img src=x onerror=alert(1)> ένταξη');
    expect(pieces.at(-1)).toEqual({ text: 'ένταξη', isMatch: true });
  });
});

describe('piecesOf', () => {
  it('falls back to the plain text without a highlight', () => {
    expect(piecesOf(undefined, 'Τίτλος')).toEqual([{ text: 'Τίτλος', isMatch: false }]);
  });

  it('ignores malformed ranges', () => {
    expect(piecesOf({ text: 'abc', highlights: [[0, 1], ['x', 2] as never, null as never] }, 'abc')).toEqual([
      { text: 'a', isMatch: true },
      { text: 'bc', isMatch: false },
    ]);
  });
});
