import { describe, expect, it } from 'vitest';
import { compileLabels, findLabels, labelKindBefore, type LabelReach } from './labels.ts';

const labels = compileLabels<'deadline' | 'ignore' | 'period'>({
  strong: { deadline: ['ληξ(?:η|ησ)'], ignore: ['υλοποιησ\\p{L}*'], period: ['υποβολ\\p{L}*'] },
  weak: { deadline: ['εωσ'] },
});
const reach: LabelReach<'deadline' | 'ignore' | 'period'> = { strong: 30, weak: 5, chain: 10, vague: ['period'] };
const kindAt = (text: string, floor = 0) => labelKindBefore(findLabels(text, labels), text.indexOf('#'), floor, reach);

describe('labelKindBefore', () => {
  it.each([
    ['a strong label', 'ληξη υποβολησ: #', 'deadline'],
    ['a weak label alone', 'οι αιτησεισ εωσ #', 'deadline'],
    ['a weak label yielding to the strong one before it', 'υλοποιηση εωσ #', 'ignore'],
    ['a vague label yielding to the strong one before it', 'ληξη υποβολησ #', 'deadline'],
    ['a vague label alone', 'υποβολη #', 'period'],
    ['nothing too far away', `ληξη ${'x'.repeat(40)} #`, null],
    ['a weak label too far away', 'εωσ την πεμπτη #', null],
    ['no label inside a word', 'διαληξη #', null],
  ])('reads %s', (_name, text, expected) => {
    expect(kindAt(text)).toBe(expected);
  });

  it('ignores labels before the floor, which belong to an earlier value', () => {
    expect(kindAt('ληξη 30/04 και #', 10)).toBeNull();
  });
});

describe('findLabels', () => {
  it('keeps the longer of two labels starting at the same place', () => {
    const found = findLabels('συνολικοσ προυπολογισμοσ', compileLabels({ strong: { total: ['συνολικοσ προυπολογισμοσ'], any: ['συνολικοσ'] }, weak: {} }));
    expect(found.map(({ kind, start, end }) => ({ kind, start, end }))).toEqual([{ kind: 'total', start: 0, end: 24 }]);
  });
});
