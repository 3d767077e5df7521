import { describe, expect, it } from 'vitest';
import { athensYear, readReportYear, reportYearChoices } from './annual-report.ts';

describe('athensYear', () => {
  it('turns the year at midnight in Athens, not in UTC', () => {
    expect(athensYear(new Date('2025-12-31T21:59:00Z'))).toBe(2025);
    expect(athensYear(new Date('2025-12-31T22:30:00Z'))).toBe(2026);
  });
});

describe('readReportYear', () => {
  it('takes a past or the current year from the address', () => {
    expect(readReportYear('2024', 2026)).toBe(2024);
    expect(readReportYear(['2025', '2023'], 2026)).toBe(2025);
  });

  it('falls back to the current year for a missing, malformed, ancient or future year', () => {
    for (const value of [undefined, '', 'abc', '202', '1999', '2027', '2024.5']) {
      expect(readReportYear(value, 2026)).toBe(2026);
    }
  });
});

describe('reportYearChoices', () => {
  it('offers the last six years newest first, and keeps an older year that is shown', () => {
    expect(reportYearChoices(2026, 2025)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(reportYearChoices(2026, 2015)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2015]);
  });
});
