import { describe, expect, it } from 'vitest';
import { titleSimilarity } from './similarity.ts';

describe('titleSimilarity', () => {
  it('is 1 for the same title written with other accents and capitals', () => {
    expect(
      titleSimilarity('Πρόσκληση για τα Κέντρα Ένταξης Μεταναστών (ΚΕΜ)', 'ΠΡΟΣΚΛΗΣΗ ΓΙΑ ΤΑ ΚΕΝΤΡΑ ΕΝΤΑΞΗΣ ΜΕΤΑΝΑΣΤΩΝ (ΚΕΜ)'),
    ).toBe(1);
  });

  it('pairs inflected forms of the same words', () => {
    expect(
      titleSimilarity('Λειτουργία των Κέντρων Ένταξης Μεταναστών', 'Λειτουργία Κέντρα Ένταξης Μεταναστών'),
    ).toBeGreaterThanOrEqual(0.85);
  });

  it('ignores the words every call title has', () => {
    expect(
      titleSimilarity('Πρόσκληση υποβολής προτάσεων: Κέντρα Ένταξης Μεταναστών', 'Κέντρα Ένταξης Μεταναστών'),
    ).toBe(1);
  });

  it('keeps two different calls of one programme apart', () => {
    expect(titleSimilarity('Integration of migrant women in the labour market', 'Access of migrants to health services')).toBeLessThan(0.3);
    expect(titleSimilarity('Κέντρα Ένταξης Μεταναστών', 'Υπηρεσίες πρόληψης της έμφυλης βίας')).toBe(0);
    // Topics of one call share their identifier's parts, but stay below the duplicate threshold (0.85).
    expect(
      titleSimilarity(
        'AMIF-2025-TF2-AG-INTE-01-WOMEN: Integration of migrant women in the labour market',
        'AMIF-2025-TF2-AG-INTE-02-HEALTH: Access of migrants to health services',
      ),
    ).toBeLessThan(0.6);
  });

  it('keeps the same call of two years apart', () => {
    expect(titleSimilarity('Κέντρα Ένταξης Μεταναστών 2024', 'Κέντρα Ένταξης Μεταναστών 2025')).toBeLessThan(0.85);
  });

  it('is symmetric and stays within 0..1', () => {
    const a = 'Integration of migrant women in the labour market';
    const b = 'Labour market integration of women with a migrant background';
    expect(titleSimilarity(a, b)).toBe(titleSimilarity(b, a));
    expect(titleSimilarity(a, b)).toBeGreaterThan(0.5);
    expect(titleSimilarity(a, b)).toBeLessThan(1);
  });

  it('compares titles made only of short or stop words as whole strings', () => {
    expect(titleSimilarity('Call', 'call')).toBe(1);
    expect(titleSimilarity('', '')).toBe(0);
  });
});
