import { describe, expect, it } from 'vitest';
import { formatCents, formatQuantity, formatRate } from './export-format.ts';

describe('export formatting', () => {
  it('writes cents as euros without floating point, Greek and English style', () => {
    expect(formatCents(1_531_472, 'el')).toBe('15.314,72 €');
    expect(formatCents(1_531_472, 'en')).toBe('€15,314.72');
    expect(formatCents(5, 'el')).toBe('0,05 €');
    expect(formatCents(900_719_925_474_099, 'en')).toBe('€9,007,199,254,740.99');
  });

  it('writes thousandths with only the decimals they have', () => {
    expect(formatQuantity(1500, 'el')).toBe('1,5');
    expect(formatQuantity(12_000, 'en')).toBe('12');
    expect(formatQuantity(1, 'en')).toBe('0.001');
  });

  it('writes the co-financing rate as a percentage', () => {
    expect(formatRate(0.9951)).toBe('99.51 %');
    expect(formatRate(null)).toBe('–');
  });
});
