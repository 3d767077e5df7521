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

  it('drops combining marks and composes Hangul jamo as folding the whole text would', () => {
    expect(foldText('ΑΘΗΝΑ\u0301 e\u0301')).toBe('αθηνα e');
    expect(foldText('\u1100\u1161\u11a8')).toBe('각');
  });
});
