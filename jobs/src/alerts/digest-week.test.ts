import { describe, expect, it } from 'vitest';
import { digestSlot, isoWeekName } from './digest-week.ts';

describe('isoWeekName', () => {
  it('names weeks as ISO 8601 does across year ends', () => {
    expect(isoWeekName(2026, 11, 23)).toBe('2026-W48');
    expect(isoWeekName(2026, 12, 28)).toBe('2026-W53');
    expect(isoWeekName(2027, 1, 3)).toBe('2026-W53');
    expect(isoWeekName(2027, 1, 4)).toBe('2027-W01');
    expect(isoWeekName(2024, 12, 30)).toBe('2025-W01');
    expect(isoWeekName(2021, 1, 3)).toBe('2020-W53');
  });
});

describe('digestSlot', () => {
  it('is the latest Monday 08:00 in Athens, in winter (UTC+2) and in summer (UTC+3)', () => {
    // Monday 23 November 2026, 08:00 EET = 06:00 UTC.
    expect(digestSlot(new Date('2026-11-23T06:00:00Z'))).toEqual({ start: new Date('2026-11-23T06:00:00Z'), week: '2026-W48' });
    expect(digestSlot(new Date('2026-11-26T12:00:00Z'))).toEqual({ start: new Date('2026-11-23T06:00:00Z'), week: '2026-W48' });
    // A minute before 08:00 on a Monday still belongs to the previous week's digest.
    expect(digestSlot(new Date('2026-11-23T05:59:00Z'))).toEqual({ start: new Date('2026-11-16T06:00:00Z'), week: '2026-W47' });
    // Monday 6 July 2026, 08:00 EEST = 05:00 UTC.
    expect(digestSlot(new Date('2026-07-06T05:00:00Z'))).toEqual({ start: new Date('2026-07-06T05:00:00Z'), week: '2026-W28' });
  });

  it('uses the Athens calendar day, not the UTC one, around midnight', () => {
    // Sunday 22:30 UTC is already Monday 00:30 in Athens, before the 08:00 digest: last week's slot.
    expect(digestSlot(new Date('2026-11-22T22:30:00Z')).week).toBe('2026-W47');
  });
});
