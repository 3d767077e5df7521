import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatMoneyCents,
  formatDurationMs,
  formatPercent,
  formatShortDate,
  formatTime,
  selectPluralForm,
} from './format.ts';

// Intl separates the amount and the euro sign with a no-break space; compare what a reader sees.
function normaliseSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

describe('formatDate', () => {
  it('shows the calendar day in Athens, not in UTC', () => {
    expect(formatDate('2026-03-31T21:30:00Z', 'en')).toBe('1 April 2026');
    expect(formatDate('2026-03-31T21:30:00Z', 'el')).toBe('1 Απριλίου 2026');
  });

  it('follows the summer-time change in Athens', () => {
    // 29 March 2026 is the switch to EEST (UTC+3): 21:30 UTC on the 28th is still winter time.
    expect(formatDateTime('2026-03-28T21:30:00Z', 'en')).toContain('28 March 2026');
    expect(formatDateTime('2026-03-28T21:30:00Z', 'en')).toContain('23:30');
    expect(formatDateTime('2026-03-29T21:30:00Z', 'en')).toContain('30 March 2026');
    expect(formatDateTime('2026-03-29T21:30:00Z', 'en')).toContain('00:30');
  });

  it('returns an empty string for a value that is not a date', () => {
    expect(formatDate('not a date', 'el')).toBe('');
  });

  it('abbreviates the month in the short form', () => {
    expect(formatShortDate('2026-03-31T21:30:00Z', 'en')).toBe('1 Apr 2026');
  });
});

describe('formatDateTime', () => {
  it('shows 2026-03-31T21:30:00Z as 00:30 on 1 April 2026 in Athens', () => {
    expect(formatDateTime('2026-03-31T21:30:00Z', 'en')).toBe('1 April 2026 at 00:30');
    expect(formatDateTime('2026-03-31T21:30:00Z', 'el')).toBe('1 Απριλίου 2026 στις 00:30');
  });

  it('accepts a Date as well as an ISO string', () => {
    expect(formatDateTime(new Date('2026-01-15T10:05:00Z'), 'en')).toBe('15 January 2026 at 12:05');
  });
});

describe('formatMoneyCents', () => {
  it('formats integer euro cents in Greek', () => {
    expect(normaliseSpaces(formatMoneyCents(1234500, 'el'))).toBe('12.345,00 €');
  });

  it('formats integer euro cents in English', () => {
    expect(formatMoneyCents(1234500, 'en')).toBe('€12,345.00');
  });

  it('keeps the cents', () => {
    expect(formatMoneyCents(199, 'en')).toBe('€1.99');
    expect(normaliseSpaces(formatMoneyCents(5, 'el'))).toBe('0,05 €');
  });

  it('rounds to whole euros when asked', () => {
    expect(formatMoneyCents(227_000_049, 'en', { isWholeEuros: true })).toBe('€2,270,000');
    expect(normaliseSpaces(formatMoneyCents(227_000_051, 'el', { isWholeEuros: true }))).toBe('2.270.001 €');
  });

  it('groups millions', () => {
    expect(formatMoneyCents(250_000_000, 'en')).toBe('€2,500,000.00');
    expect(normaliseSpaces(formatMoneyCents(250_000_000, 'el'))).toBe('2.500.000,00 €');
  });
});

describe('selectPluralForm', () => {
  it('uses the singular only for exactly one in Greek', () => {
    expect(selectPluralForm(1, 'el')).toBe('one');
    expect(selectPluralForm(0, 'el')).toBe('other');
    expect(selectPluralForm(2, 'el')).toBe('other');
    expect(selectPluralForm(21, 'el')).toBe('other');
  });
});

describe('formatCount', () => {
  const needForms = { one: '{count} ανάγκη', other: '{count} ανάγκες' };

  it('picks the Greek singular and plural', () => {
    expect(formatCount(1, needForms, 'el')).toBe('1 ανάγκη');
    expect(formatCount(0, needForms, 'el')).toBe('0 ανάγκες');
    expect(formatCount(3, needForms, 'el')).toBe('3 ανάγκες');
  });

  it('formats the count with the language grouping', () => {
    expect(formatCount(12000, needForms, 'el')).toBe('12.000 ανάγκες');
    expect(formatCount(12000, { one: '{count} need', other: '{count} needs' }, 'en')).toBe('12,000 needs');
  });
});

describe('formatPercent', () => {
  it('shows a share as a percentage in each language', () => {
    expect(formatPercent(0.8, 'el')).toBe('80%');
    expect(formatPercent(0.825, 'el')).toBe('82,5%');
    expect(formatPercent(0.825, 'en')).toBe('82.5%');
  });
});

describe('formatDurationMs', () => {
  it('shows milliseconds under a second, seconds under a minute and minutes from then on', () => {
    expect(formatDurationMs(19, 'el')).toBe('19 ms');
    expect(formatDurationMs(1234, 'en')).toBe('1.2 secs');
    expect(normaliseSpaces(formatDurationMs(1234, 'el'))).toBe('1,2 δευτ.');
    expect(formatDurationMs(150_000, 'en')).toBe('2.5 mins');
  });
});

describe('formatMoneyCents with another currency', () => {
  it('uses the call’s own currency when it has one', () => {
    expect(formatMoneyCents(1234500, 'en', { currency: 'USD' })).toBe('US$12,345.00');
  });
});

describe('formatTime', () => {
  it('shows the Athens wall-clock time alone', () => {
    expect(formatTime('2026-03-31T21:30:00Z', 'el')).toBe('00:30');
    expect(formatTime('2026-01-15T10:05:00Z', 'en')).toBe('12:05');
  });
});
