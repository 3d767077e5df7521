import { describe, expect, it } from 'vitest';
import { parseQuantityToMilli } from './budget-input.ts';

describe('parseQuantityToMilli', () => {
  it('reads whole and decimal quantities in either language as thousandths', () => {
    expect(parseQuantityToMilli('12')).toEqual({ isValid: true, quantityMilli: 12_000 });
    expect(parseQuantityToMilli('1,5')).toEqual({ isValid: true, quantityMilli: 1_500 });
    expect(parseQuantityToMilli(' 0.125 ')).toEqual({ isValid: true, quantityMilli: 125 });
  });

  it('refuses nothing, zero, negatives and finer than a thousandth', () => {
    for (const input of ['', '0', '-1', '1,2345', 'δύο', '1.000,5']) expect(parseQuantityToMilli(input)).toEqual({ isValid: false });
  });
});
