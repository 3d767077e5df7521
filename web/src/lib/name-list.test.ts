import { describe, expect, it } from 'vitest';
import { formatNameList } from './name-list.ts';

describe('formatNameList', () => {
  it('joins names with the language’s own "and"', () => {
    expect(formatNameList(['Αθήνα', 'Πειραιάς', 'Λάρισα'], 'el')).toBe('Αθήνα, Πειραιάς και Λάρισα');
    expect(formatNameList(['Athens', 'Larissa'], 'en')).toBe('Athens and Larissa');
    expect(formatNameList(['Αθήνα'], 'el')).toBe('Αθήνα');
  });
});
