import { describe, expect, it } from 'vitest';
import { anyDigit } from './leading-characters.ts';
import { addStart, deepestStartAt, parentOf, startNodeCount } from './start-trie.ts';

describe('start trie', () => {
  it('walks a text down to the deepest start it spells', () => {
    const abc = addStart('ξψωabc');
    const abd = addStart('ξψωabd');
    expect(deepestStartAt('ξψωabcde', 0)).toBe(abc);
    expect(deepestStartAt('ν ξψωabd', 2)).toBe(abd);
    expect(deepestStartAt('ξψωab', 0)).toBe(parentOf(abc));
    expect(deepestStartAt('ζ', 0)).toBe(0);
  });

  it('reads every digit as any digit', () => {
    const year = addStart(`ξψω${anyDigit.repeat(4)}`);
    expect(deepestStartAt('ξψω2027', 0)).toBe(year);
  });

  it('keeps its nodes when it grows past its first table', () => {
    const before = startNodeCount();
    // Letters only: starts hold digits as any digit.
    const starts = Array.from({ length: 5000 }, (_, index) => `ξψωθ${index.toString(26).replace(/\d/g, (digit) => 'qrstuvwxyz'[Number(digit)] as string)}`);
    const nodes = starts.map(addStart);
    expect(startNodeCount()).toBeGreaterThan(before);
    expect(starts.map((start) => deepestStartAt(start, 0))).toEqual(nodes);
  });
});
