import { describe, expect, it } from 'vitest';
import { parseEuroToCents, parsePercentToRate } from './amount-input.ts';

describe('parseEuroToCents', () => {
  it('reads the Greek way of writing money', () => {
    expect(parseEuroToCents('1.250.000,50')).toEqual({ isValid: true, cents: 125_000_050 });
    expect(parseEuroToCents('12.345,6')).toEqual({ isValid: true, cents: 1_234_560 });
    expect(parseEuroToCents('0,05')).toEqual({ isValid: true, cents: 5 });
  });

  it('reads a plain number with a decimal point', () => {
    expect(parseEuroToCents('1250000.50')).toEqual({ isValid: true, cents: 125_000_050 });
    expect(parseEuroToCents('1250000')).toEqual({ isValid: true, cents: 125_000_000 });
    expect(parseEuroToCents('1.5')).toEqual({ isValid: true, cents: 150 });
  });

  it('reads the English way of writing money', () => {
    expect(parseEuroToCents('1,250,000.50')).toEqual({ isValid: true, cents: 125_000_050 });
  });

  it('takes a lone separator before three digits as thousands, in either language', () => {
    expect(parseEuroToCents('1.250')).toEqual({ isValid: true, cents: 125_000 });
    expect(parseEuroToCents('1,250')).toEqual({ isValid: true, cents: 125_000 });
    expect(parseEuroToCents('2.500.000')).toEqual({ isValid: true, cents: 250_000_000 });
  });

  it('ignores spaces and the euro sign', () => {
    expect(parseEuroToCents(' 1 250 000,50 € ')).toEqual({ isValid: true, cents: 125_000_050 });
    expect(parseEuroToCents('€1,250.50')).toEqual({ isValid: true, cents: 125_050 });
    expect(parseEuroToCents('1.000 EUR')).toEqual({ isValid: true, cents: 100_000 });
  });

  it('keeps cents exact where floating point would not', () => {
    expect(parseEuroToCents('0,29')).toEqual({ isValid: true, cents: 29 });
    expect(parseEuroToCents('1.005,10')).toEqual({ isValid: true, cents: 100_510 });
  });

  it('answers null for an empty field', () => {
    expect(parseEuroToCents('')).toEqual({ isValid: true, cents: null });
    expect(parseEuroToCents('   ')).toEqual({ isValid: true, cents: null });
  });

  it('refuses what is not an amount', () => {
    for (const text of ['abc', '-5', '1,2,3', '1.2.3', '1.250.000,505', '1,250.000', '1..5', ',50', '5,', '1e6', '12.3456']) {
      expect({ text, result: parseEuroToCents(text) }).toEqual({ text, result: { isValid: false } });
    }
  });
});

describe('parsePercentToRate', () => {
  it('turns a percentage into a share', () => {
    expect(parsePercentToRate('80')).toEqual({ isValid: true, rate: 0.8 });
    expect(parsePercentToRate('82,5')).toEqual({ isValid: true, rate: 0.825 });
    expect(parsePercentToRate('82.5 %')).toEqual({ isValid: true, rate: 0.825 });
    expect(parsePercentToRate('100')).toEqual({ isValid: true, rate: 1 });
    expect(parsePercentToRate('0')).toEqual({ isValid: true, rate: 0 });
  });

  it('answers null for an empty field and refuses the rest', () => {
    expect(parsePercentToRate('')).toEqual({ isValid: true, rate: null });
    expect(parsePercentToRate('101')).toEqual({ isValid: false });
    expect(parsePercentToRate('-5')).toEqual({ isValid: false });
    expect(parsePercentToRate('eighty')).toEqual({ isValid: false });
    expect(parsePercentToRate('0.8.1')).toEqual({ isValid: false });
  });
});
