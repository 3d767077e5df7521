import { describe, expect, it } from 'vitest';
import { compileTerms, foldForMatching } from './term-matcher.ts';

const matches = (terms: string[], text: string) => compileTerms(terms).test(foldForMatching(text));

describe('compileTerms', () => {
  it.each([
    ['a prefix term matches every inflection', ['απασχόλησ*'], 'συμβουλευτική ΑΠΑΣΧΌΛΗΣΗΣ', true],
    ['a whole word does not match inside another', ['ΟΤΑ'], 'όταν οι δήμοι', false],
    ['a whole word matches on its own', ['ΟΤΑ'], 'οι ΟΤΑ α΄ βαθμού', true],
    ['an abbreviation with dots', ['Ο.Τ.Α.'], 'Δικαιούχοι: Ο.Τ.Α.', true],
    ['a sign at the end of a term', ['ESF+'], 'the ESF+ strand', true],
    ['a hyphen may be a space', ['gender-based violence'], 'gender based violence', true],
    ['commas between the words of a name', ['Ταμεί* Ασύλου Μετανάστευσης και Ένταξης'], 'Ταμείου Ασύλου, Μετανάστευσης και Ένταξης', true],
    ['a gap of up to three words', ['εκπαίδευσ* … υπαλλήλ*'], 'εκπαίδευση των νέων δημοτικών υπαλλήλων', true],
    ['not a gap of four words', ['εκπαίδευσ* … υπαλλήλ*'], 'εκπαίδευση α β γ δ υπαλλήλων', false],
    ['dots are literal', ['Ελλάδα 2.0'], 'Ελλάδα 200', false],
  ])('%s', (_name, terms, text, expected) => {
    expect(matches(terms, text)).toBe(expected);
  });
});
