import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text.ts';

describe('foldText', () => {
  it.each([
    ['Μεταναστών', 'μεταναστων'],
    ['ΜΕΤΑΝΑΣΤΩΝ', 'μεταναστων'],
    ['μεταναστων', 'μεταναστων'],
    ['Προϋπολογισμός', 'προυπολογισμοσ'],
    ['ΜΑΪΟΥ', 'μαιου'],
    ['Μαΐου', 'μαιου'],
    ['ΠΡΟΣΚΛΗΣΗ ΥΠΟΒΟΛΗΣ', 'προσκληση υποβολησ'],
    ['Café Intégration', 'cafe integration'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('makes accented, unaccented and capitalised spellings of a word equal', () => {
    expect(new Set(['Μεταναστών', 'μεταναστων', 'ΜΕΤΑΝΑΣΤΩΝ', 'ΜΕΤΑΝΆΣΤΩΝ'].map(foldText)).size).toBe(1);
  });

  it('is idempotent', () => {
    const once = foldText('Καταληκτική ημερομηνία υποβολής: Πέμπτη, 30 Απριλίου');
    expect(foldText(once)).toBe(once);
  });
});
