import { describe, expect, it } from 'vitest';
import { diffWords } from './word-diff.ts';

describe('diffWords', () => {
  it('marks replaced, added and removed words and keeps the rest equal', () => {
    expect(diffWords('Η δράση στηρίζει πρόσφυγες στην Αθήνα', 'Η δράση στηρίζει μετανάστες και πρόσφυγες στον Πειραιά')).toEqual([
      { op: 'equal', text: 'Η δράση στηρίζει ' },
      { op: 'insert', text: 'μετανάστες και ' },
      { op: 'equal', text: 'πρόσφυγες ' },
      { op: 'delete', text: 'στην' },
      { op: 'insert', text: 'στον' },
      { op: 'equal', text: ' ' },
      { op: 'delete', text: 'Αθήνα' },
      { op: 'insert', text: 'Πειραιά' },
    ]);
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'one two three\nfour five six seven';
    const after = 'zero one three\nfour six seven eight';
    const parts = diffWords(before, after);
    expect(parts.filter((part) => part.op !== 'insert').map((part) => part.text).join('')).toBe(before);
    expect(parts.filter((part) => part.op !== 'delete').map((part) => part.text).join('')).toBe(after);
  });
});
