import { describe, expect, it } from 'vitest';
import { athensCalendarDaysBetween, athensDateTimeToUtcIso, utcToAthensDateTime } from './athens-time.ts';

describe('athensDateTimeToUtcIso', () => {
  it('takes three hours off a July time (summer time, UTC+3)', () => {
    expect(athensDateTimeToUtcIso('2026-07-15', '15:00')).toBe('2026-07-15T12:00:00.000Z');
  });

  it('takes two hours off a January time (winter time, UTC+2)', () => {
    expect(athensDateTimeToUtcIso('2026-01-15', '15:00')).toBe('2026-01-15T13:00:00.000Z');
  });

  it('moves an early-morning time to the previous day in UTC', () => {
    expect(athensDateTimeToUtcIso('2026-07-01', '00:30')).toBe('2026-06-30T21:30:00.000Z');
    expect(athensDateTimeToUtcIso('2026-01-01', '01:59')).toBe('2025-12-31T23:59:00.000Z');
  });

  it('keeps a late-evening time on the same day in UTC', () => {
    expect(athensDateTimeToUtcIso('2026-12-31', '23:59')).toBe('2026-12-31T21:59:00.000Z');
  });

  it('uses the offset of the day itself around the change to summer time (29 March 2026)', () => {
    expect(athensDateTimeToUtcIso('2026-03-28', '12:00')).toBe('2026-03-28T10:00:00.000Z');
    expect(athensDateTimeToUtcIso('2026-03-29', '12:00')).toBe('2026-03-29T09:00:00.000Z');
    expect(athensDateTimeToUtcIso('2026-03-29', '02:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(athensDateTimeToUtcIso('2026-03-29', '04:00')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('reads a time skipped by the change to summer time as the hour after', () => {
    // 03:30 never shows on Athens clocks that night: they go from 02:59:59 to 04:00.
    expect(athensDateTimeToUtcIso('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the earlier of the two 03:30s when summer time ends (25 October 2026)', () => {
    expect(athensDateTimeToUtcIso('2026-10-25', '03:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(athensDateTimeToUtcIso('2026-10-25', '12:00')).toBe('2026-10-25T10:00:00.000Z');
  });

  it('accepts seconds, as some browsers send them', () => {
    expect(athensDateTimeToUtcIso('2026-07-15', '15:00:30')).toBe('2026-07-15T12:00:30.000Z');
  });

  it('refuses dates and times that do not exist', () => {
    expect(athensDateTimeToUtcIso('2026-02-30', '12:00')).toBeNull();
    expect(athensDateTimeToUtcIso('2026-13-01', '12:00')).toBeNull();
    expect(athensDateTimeToUtcIso('2026-07-15', '24:00')).toBeNull();
    expect(athensDateTimeToUtcIso('2026-07-15', '12:60')).toBeNull();
    expect(athensDateTimeToUtcIso('15/07/2026', '12:00')).toBeNull();
    expect(athensDateTimeToUtcIso('2026-07-15', '')).toBeNull();
  });
});

describe('utcToAthensDateTime', () => {
  it('gives the Athens wall clock of an instant, in summer and in winter', () => {
    expect(utcToAthensDateTime('2026-07-15T12:00:00Z')).toEqual({ date: '2026-07-15', time: '15:00' });
    expect(utcToAthensDateTime('2026-01-15T13:00:00Z')).toEqual({ date: '2026-01-15', time: '15:00' });
    expect(utcToAthensDateTime('2026-06-30T21:30:00Z')).toEqual({ date: '2026-07-01', time: '00:30' });
  });

  it('is the inverse of athensDateTimeToUtcIso', () => {
    const instant = athensDateTimeToUtcIso('2026-05-30', '17:45');
    expect(instant && utcToAthensDateTime(instant)).toEqual({ date: '2026-05-30', time: '17:45' });
  });

  it('answers null for a value that is not a date', () => {
    expect(utcToAthensDateTime('soon')).toBeNull();
  });
});

describe('athensCalendarDaysBetween', () => {
  it('counts calendar days in Athens, not periods of 24 hours', () => {
    // 22:00 and 09:00 the next morning in Athens (summer time).
    expect(athensCalendarDaysBetween(new Date('2026-07-15T19:00:00Z'), new Date('2026-07-16T06:00:00Z'))).toBe(1);
    expect(athensCalendarDaysBetween(new Date('2026-07-15T06:00:00Z'), new Date('2026-07-15T19:00:00Z'))).toBe(0);
  });

  it('uses the Athens day even when it differs from the UTC day', () => {
    // 21:30 UTC on 30 June is already 1 July in Athens.
    expect(athensCalendarDaysBetween(new Date('2026-06-30T12:00:00Z'), new Date('2026-06-30T21:30:00Z'))).toBe(1);
  });

  it('counts across the change of the clocks and is negative backwards', () => {
    expect(athensCalendarDaysBetween(new Date('2026-03-01T10:00:00Z'), new Date('2026-04-04T10:00:00Z'))).toBe(34);
    expect(athensCalendarDaysBetween(new Date('2026-04-04T10:00:00Z'), new Date('2026-03-01T10:00:00Z'))).toBe(-34);
  });
});
