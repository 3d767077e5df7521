import { describe, expect, it } from 'vitest';
import { parseIsoish } from './parse-iso-date.ts';

describe('parseIsoish', () => {
  it.each([
    ['an EU portal deadline, offset without colon', '2024-04-18T19:00:00.000+0200', 'Europe/Brussels', 'deadline', '2024-04-18T17:00:00.000Z'],
    ['an offset with colon', '2026-04-30T15:00:00+03:00', 'Europe/Athens', 'deadline', '2026-04-30T12:00:00.000Z'],
    ['an hours-only offset', '2026-04-30T15:00-05', 'Europe/Athens', 'deadline', '2026-04-30T20:00:00.000Z'],
    ['UTC with Z', '2026-03-31T21:30:00Z', 'Europe/Athens', 'deadline', '2026-03-31T21:30:00.000Z'],
    ['a lower-case z and milliseconds', '2026-03-31t21:30:00.123456z', 'Europe/Athens', 'opening', '2026-03-31T21:30:00.123Z'],
    ['a zone-less date-time read in Athens summer time', '2026-07-01T10:00:00', 'Europe/Athens', 'opening', '2026-07-01T07:00:00.000Z'],
    ['a zone-less date-time read in Athens winter time', '2026-01-01 10:00', 'Europe/Athens', 'opening', '2026-01-01T08:00:00.000Z'],
    ['a date-only deadline: end of the day in Athens (summer)', '2026-07-15', 'Europe/Athens', 'deadline', '2026-07-15T20:59:59.000Z'],
    ['a date-only deadline: end of the day in Athens (winter)', '2026-01-15', 'Europe/Athens', 'deadline', '2026-01-15T21:59:59.000Z'],
    ['a date-only opening: start of the day in Brussels', '2026-01-15', 'Europe/Brussels', 'opening', '2026-01-14T23:00:00.000Z'],
    ['surrounding whitespace', ' 2026-01-15 ', 'Europe/Athens', 'opening', '2026-01-14T22:00:00.000Z'],
  ] as const)('reads %s', (_name, value, zone, role, expected) => {
    expect(parseIsoish(value, zone, role)).toBe(expected);
  });

  it('reads a date-only value as an opening by default', () => {
    expect(parseIsoish('2026-01-15', 'Europe/Athens')).toBe('2026-01-14T22:00:00.000Z');
  });

  it.each([
    ['a Greek date', '05/03/2024'],
    ['an RFC 2822 date that Date.parse would take', 'Tue, 05 Mar 2024 10:00:00 GMT'],
    ['a 30th of February', '2026-02-30'],
    ['hour 24', '2026-02-10T24:00:00Z'],
    ['an offset beyond 14 hours', '2026-02-10T10:00:00+1500'],
    ['an empty string', ''],
  ])('refuses %s', (_name, value) => {
    expect(parseIsoish(value, 'Europe/Athens')).toBeNull();
  });
});
