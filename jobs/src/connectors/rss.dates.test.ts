import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './rss.dates.ts';

describe('parseFeedDate', () => {
  it.each([
    ['Thu, 19 Nov 2026 09:30:00 +0200', '2026-11-19T07:30:00.000Z'],
    ['Mon, 04 May 2026 08:00:00 GMT', '2026-05-04T08:00:00.000Z'],
    ['Mon, 04 May 2026 08:00:00 UT', '2026-05-04T08:00:00.000Z'],
    ['Fri, 20 Nov 2026 08:30:12 +0000', '2026-11-20T08:30:12.000Z'],
    ['4 May 2026 08:00 EST', '2026-05-04T13:00:00.000Z'],
    ['Tue, 01 Sep 2026 10:00:00 EEST', '2026-09-01T07:00:00.000Z'],
    ['Tue, 01 Dec 2026 10:00:00 cet', '2026-12-01T09:00:00.000Z'],
    ['Tuesday, 01 September 2026 10:00:00 -0430', '2026-09-01T14:30:00.000Z'],
    ['Thu, 19 Nov 26 09:30:00 +0200', '2026-11-19T07:30:00.000Z'],
  ])('reads the RFC 822 date %s, named zones included', (text, expected) => {
    expect(parseFeedDate(text)).toBe(expected);
  });

  it.each([
    ['2026-11-16T09:00:00Z', '2026-11-16T09:00:00.000Z'],
    ['2026-11-02T12:00:00+01:00', '2026-11-02T11:00:00.000Z'],
    ['2024-04-18T19:00:00.000+0200', '2024-04-18T17:00:00.000Z'],
    ['2026-10-02 08:30:00.123456Z', '2026-10-02T08:30:00.123Z'],
    ['  2026-11-09T10:00+02  ', '2026-11-09T08:00:00.000Z'],
  ])('reads the ISO 8601 instant %s', (text, expected) => {
    expect(parseFeedDate(text)).toBe(expected);
  });

  it.each([
    ['Πεμ, 05 Νοε 2026 10:00:00 +0200', 'Greek day and month names'],
    ['05/03/2024', 'd/m/y, which new Date() reads as 3 May'],
    ['2026-10-21', 'a date without a time'],
    ['2026-11-16T09:00:00', 'a time without a zone, which new Date() reads in the server zone'],
    ['Thu, 19 Nov 2026 09:30:00', 'RFC 822 without a zone'],
    ['Thu, 19 Nov 2026 09:30:00 XYZ', 'an unknown zone'],
    ['Mon, 31 Feb 2026 10:00:00 GMT', 'a day that does not exist'],
    ['2026-13-01T10:00:00Z', 'a month that does not exist'],
    ['coming soon', 'words'],
    ['', 'nothing'],
  ])('gives null, not a guess, for %s (%s)', (text) => {
    expect(parseFeedDate(text)).toBeNull();
  });
});
