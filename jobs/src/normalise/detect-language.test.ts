import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it.each([
    ['Πρόσκληση υποβολής προτάσεων για τα Κέντρα Ένταξης Μεταναστών', 'el'],
    ['Πρόσκληση AMIF-2025-TF2-AG-INTE-01-WOMEN για την ένταξη των γυναικών μεταναστριών', 'el'],
    ['Integration of migrant women in the labour market (ΤΑΜΕ)', 'en'],
    ['', 'en'],
  ] as const)('reads %s as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
