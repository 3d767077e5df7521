import { describe, expect, it } from 'vitest';
import { extractBudget, parseMoneyToCents } from './parse-money.ts';

describe('parseMoneyToCents', () => {
  it.each([
    ['5.000.000 €', 500_000_000, 'EUR'],
    ['5.000.000,00 ευρώ', 500_000_000, 'EUR'],
    ['€5m', 500_000_000, 'EUR'],
    ['€ 2.5 million', 250_000_000, 'EUR'],
    ['EUR 1,250,000.00', 125_000_000, 'EUR'],
    ['1.234.567,89', 123_456_789, 'EUR'],
    ['1,234,567.89', 123_456_789, 'EUR'],
    ['€500k', 50_000_000, 'EUR'],
    ['2,5 εκατ. ευρώ', 250_000_000, 'EUR'],
    ['2.5 εκ. €', 250_000_000, 'EUR'],
    ['3 εκατομμυρίων ευρώ', 300_000_000, 'EUR'],
    ['EUR 5 000 000', 500_000_000, 'EUR'],
    ['ΕΥΡΩ 1.250', 125_000, 'EUR'],
    ['1.250 €', 125_000, 'EUR'],
    ['1,250 €', 125_000, 'EUR'],
    ['€1.250 million', 125_000_000, 'EUR'],
    ['1.234,5 €', 123_450, 'EUR'],
    ['$1,000', 100_000, 'USD'],
    ['50000', 5_000_000, 'EUR'],
    ['Προϋπολογισμός: 1.234.567,89', 123_456_789, 'EUR'],
  ])('reads %s', (text, cents, currency) => {
    expect(parseMoneyToCents(text)).toEqual({ cents, currency });
  });

  it('sums digits as integers, where float arithmetic gives 1234567.8899999', () => {
    expect(1_234_567.89 * 100).not.toBe(123_456_789);
    expect(parseMoneyToCents('1.234.567,89 €')?.cents).toBe(123_456_789);
    expect(parseMoneyToCents('EUR 0.29')?.cents).toBe(29);
    expect(parseMoneyToCents('€ 1.15 million')?.cents).toBe(115_000_000);
  });

  it.each([
    ['more than 10 billion euro', '20.000.000.000 €'],
    ['a percentage', 'ποσοστό 80%'],
    ['a date', '05.03.2024'],
    ['a year in a sentence', 'έτος 2024'],
    ['a decimal that is not money', '3.14159'],
    ['zero', '0,00 €'],
    ['the digits of an identifier', 'ΑΔΑ 6Ε2Ω46ΜΤΛΡ-1ΑΒ'],
  ])('refuses %s', (_name, text) => {
    expect(parseMoneyToCents(text)).toBeNull();
  });
});

describe('extractBudget', () => {
  it.each([
    [
      'a Greek call with budget, ceiling and rate',
      'Συνολικός προϋπολογισμός: 5.000.000 €. Μέγιστο ποσό χρηματοδότησης ανά πρόταση: 150.000 €. Ποσοστό συγχρηματοδότησης 80%.',
      { budgetCents: 500_000_000, maxGrantCents: 15_000_000, currency: 'EUR', cofinancingRate: 0.8 },
    ],
    [
      'an English call',
      'The total budget is EUR 1,250,000.00. Grants of up to EUR 250,000 per project. Co-financing rate of 90%.',
      { budgetCents: 125_000_000, maxGrantCents: 25_000_000, currency: 'EUR', cofinancingRate: 0.9 },
    ],
    [
      'scale words and a funding rate',
      'Available budget: €5m; maximum grant €500k; funding rate 87,5%',
      { budgetCents: 500_000_000, maxGrantCents: 50_000_000, currency: 'EUR', cofinancingRate: 0.875 },
    ],
    [
      'Δημόσια δαπάνη in millions',
      'Συνολική Δημόσια Δαπάνη 2,5 εκατ. ευρώ',
      { budgetCents: 250_000_000, maxGrantCents: null, currency: 'EUR', cofinancingRate: null },
    ],
    [
      'a year between the label and the amount',
      'Προϋπολογισμός 2024: 1.000.000 €',
      { budgetCents: 100_000_000, maxGrantCents: null, currency: 'EUR', cofinancingRate: null },
    ],
    [
      'έως after a budget label, which stays the budget',
      'Προϋπολογισμός έως 5.000.000 €',
      { budgetCents: 500_000_000, maxGrantCents: null, currency: 'EUR', cofinancingRate: null },
    ],
    [
      'ανώτατο ποσό χρηματοδότησης',
      'Ανώτατο ποσό χρηματοδότησης: 300.000,00 ευρώ',
      { budgetCents: null, maxGrantCents: 30_000_000, currency: 'EUR', cofinancingRate: null },
    ],
    [
      'max. contribution and a rate before its label',
      'Max. contribution EUR 750,000 — 90% co-financing',
      { budgetCents: null, maxGrantCents: 75_000_000, currency: 'EUR', cofinancingRate: 0.9 },
    ],
    [
      'a rate whose label is followed by another label',
      'Ποσοστό συγχρηματοδότησης της δημόσιας δαπάνης 85%',
      { budgetCents: null, maxGrantCents: null, currency: null, cofinancingRate: 0.85 },
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(extractBudget(text)).toEqual(expected);
  });

  it.each([
    ['an unlabelled amount', 'Ο Δήμος θα απασχολήσει 12 άτομα με 2.000 € μηνιαίως'],
    ['an absurd budget', 'Budget: 20.000.000.000 €'],
    ['a percentage with no co-financing label', 'Ποσοστό απορρόφησης 45%'],
  ])('leaves out %s', (_name, text) => {
    expect(extractBudget(text)).toEqual({ budgetCents: null, maxGrantCents: null, currency: null, cofinancingRate: null });
  });
});
