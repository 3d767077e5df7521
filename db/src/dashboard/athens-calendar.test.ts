import { describe, expect, it } from 'vitest';
import { athensQuarterOf, athensTimeToUtc, athensYearOf, athensYearRange, formatAthensDateTime, nextQuarter } from './athens-calendar.ts';

describe('athens calendar', () => {
  it('puts an instant in the quarter Athens is in, not the one UTC is in', () => {
    // 31 March 2025 21:30 UTC is 1 April 00:30 in Athens (summer time, +3).
    expect(athensQuarterOf('2025-03-31T21:30:00.000Z')).toBe('2025-Q2');
    expect(athensQuarterOf('2025-03-31T20:59:00.000Z')).toBe('2025-Q1');
    // 31 December 22:10 UTC is already New Year in Athens (winter time, +2).
    expect(athensQuarterOf('2025-12-31T22:10:00.000Z')).toBe('2026-Q1');
    expect(athensQuarterOf('2025-12-31T21:50:00.000Z')).toBe('2025-Q4');
  });

  it('steps quarters across a year end', () => {
    expect(nextQuarter('2025-Q3')).toBe('2025-Q4');
    expect(nextQuarter('2025-Q4')).toBe('2026-Q1');
  });

  it('gives a year as Athens midnights in UTC and knows the Athens year of an instant', () => {
    expect(athensYearRange(2025)).toEqual({ from: '2024-12-31T22:00:00.000Z', to: '2025-12-31T22:00:00.000Z' });
    expect(athensYearOf(new Date('2025-12-31T22:30:00.000Z'))).toBe(2026);
  });

  it('converts Athens wall-clock times in summer and winter, and formats them back', () => {
    expect(athensTimeToUtc(2026, 7, 15, 15, 0).toISOString()).toBe('2026-07-15T12:00:00.000Z');
    expect(athensTimeToUtc(2026, 1, 15, 15, 0).toISOString()).toBe('2026-01-15T13:00:00.000Z');
    expect(formatAthensDateTime('2026-07-15T12:00:00.000Z')).toBe('2026-07-15 15:00');
  });
});
