import { describe, expect, it } from 'vitest';
import { calendarDateToIso, isValidCalendarDate } from './calendar.ts';

describe('isValidCalendarDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2026, 2, 29, false],
    [2026, 4, 31, false],
    [2026, 13, 1, false],
    [1024, 3, 5, false],
  ])('%i-%i-%i is %s', (year, month, day, expected) => {
    expect(isValidCalendarDate(year, month, day)).toBe(expected);
  });
});

describe('calendarDateToIso', () => {
  it('starts an opening day and ends a deadline day in the zone', () => {
    expect(calendarDateToIso(2026, 1, 15, null, 'Europe/Athens', 'opening')).toBe('2026-01-14T22:00:00.000Z');
    expect(calendarDateToIso(2026, 1, 15, null, 'Europe/Athens', 'deadline')).toBe('2026-01-15T21:59:59.000Z');
  });

  it('uses a written time whatever the role', () => {
    expect(calendarDateToIso(2026, 7, 15, { hour: 15, minute: 0, second: 0 }, 'Europe/Athens', 'deadline')).toBe('2026-07-15T12:00:00.000Z');
  });
});
