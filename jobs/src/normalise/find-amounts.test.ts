import { describe, expect, it } from 'vitest';
import { findAmounts } from './find-amounts.ts';

describe('findAmounts', () => {
  it('finds every amount in order, marking which look like money', () => {
    const amounts = findAmounts('Έργο 2024: 1.000.000 € για 12 δήμους και έως 50.000 ευρώ ανά δήμο');
    expect(amounts.map(({ cents, currency, isFormatted }) => ({ cents, currency, isFormatted }))).toEqual([
      { cents: 202_400, currency: null, isFormatted: false },
      { cents: 100_000_000, currency: 'EUR', isFormatted: true },
      { cents: 1_200, currency: null, isFormatted: false },
      { cents: 5_000_000, currency: 'EUR', isFormatted: true },
    ]);
  });

  it.each([
    ['thousands groups with different separators', '1.000,000.00 €'],
    ['a decimal part written with the thousands separator', '1.250.5 €'],
  ])('refuses %s', (_name, text) => {
    expect(findAmounts(text)).toEqual([]);
  });

  it('does not read percentages', () => {
    expect(findAmounts('80% και 80 τοις εκατό')).toEqual([]);
  });
});
