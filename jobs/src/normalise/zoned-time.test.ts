import { describe, expect, it } from 'vitest';
import { zonedTimeToUtc, zoneOffsetMinutes } from './zoned-time.ts';

describe('zonedTimeToUtc', () => {
  it.each([
    ['Athens in January is UTC+2', 2026, 1, 15, 15, 0, 'Europe/Athens', '2026-01-15T13:00:00.000Z'],
    ['Athens in July is UTC+3', 2026, 7, 15, 15, 0, 'Europe/Athens', '2026-07-15T12:00:00.000Z'],
    ['Brussels in December is UTC+1', 2026, 12, 1, 17, 0, 'Europe/Brussels', '2026-12-01T16:00:00.000Z'],
    ['Brussels in April is UTC+2', 2024, 4, 18, 17, 0, 'Europe/Brussels', '2024-04-18T15:00:00.000Z'],
    ['the last minute before Athens springs forward', 2026, 3, 29, 2, 59, 'Europe/Athens', '2026-03-29T00:59:00.000Z'],
    ['the first minute after Athens springs forward', 2026, 3, 29, 4, 0, 'Europe/Athens', '2026-03-29T01:00:00.000Z'],
    ['a skipped time, read with the winter offset', 2026, 3, 29, 3, 30, 'Europe/Athens', '2026-03-29T01:30:00.000Z'],
    ['the day after Athens falls back', 2026, 10, 26, 0, 0, 'Europe/Athens', '2026-10-25T22:00:00.000Z'],
    ['UTC itself', 2026, 4, 30, 15, 0, 'UTC', '2026-04-30T15:00:00.000Z'],
  ] as const)('%s', (_name, year, month, day, hour, minute, zone, expected) => {
    expect(zonedTimeToUtc(year, month, day, hour, minute, 0, zone).toISOString()).toBe(expected);
  });
});

describe('zoneOffsetMinutes', () => {
  it('follows daylight saving time', () => {
    expect(zoneOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Athens')).toBe(120);
    expect(zoneOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Athens')).toBe(180);
    expect(zoneOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Brussels')).toBe(120);
  });
});
