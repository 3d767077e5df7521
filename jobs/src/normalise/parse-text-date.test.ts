import { describe, expect, it } from 'vitest';
import { findTextDates, parseTextDate } from './parse-text-date.ts';

describe('parseTextDate', () => {
  it.each([
    ['d/m/yyyy is day first: 5 March', '05/03/2024', 'opening', '2024-03-04T22:00:00.000Z'],
    ['d-m-yyyy without leading zeros', '5-3-2024', 'opening', '2024-03-04T22:00:00.000Z'],
    ['dd.mm.yyyy', '05.03.2024', 'opening', '2024-03-04T22:00:00.000Z'],
    ['a date-only deadline lasts until 23:59:59 Athens time', '30/04/2026', 'deadline', '2026-04-30T20:59:59.000Z'],
    ['a Greek genitive month', '30 Απριλίου 2026', 'opening', '2026-04-29T21:00:00.000Z'],
    ['a Greek abbreviated month with a dot', '30 Απρ. 2026', 'opening', '2026-04-29T21:00:00.000Z'],
    ['a Greek month in capitals without accents', '15 ΙΑΝΟΥΑΡΙΟΥ 2026', 'opening', '2026-01-14T22:00:00.000Z'],
    ['Μαΐου in capitals with dialytika', '4 ΜΑΪΟΥ 2026', 'opening', '2026-05-03T21:00:00.000Z'],
    ['a Greek nominative month', '1 Ιούλιος 2026', 'opening', '2026-06-30T21:00:00.000Z'],
    ['a Greek ordinal day', '1η Δεκεμβρίου 2026', 'opening', '2026-11-30T22:00:00.000Z'],
    ['an English day-month-year', '1 December 2026', 'opening', '2026-11-30T22:00:00.000Z'],
    ['an English day-month-year with a leading zero', '01 December 2026', 'opening', '2026-11-30T22:00:00.000Z'],
    ['an English month-day-year', 'December 1, 2026', 'opening', '2026-11-30T22:00:00.000Z'],
    ['ώρα after the date, in summer (UTC+3)', '30 Απριλίου 2026, ώρα 15:00', 'deadline', '2026-04-30T12:00:00.000Z'],
    ['ώρα after the date, in winter (UTC+2)', '15/01/2026 και ώρα 15:00', 'deadline', '2026-01-15T13:00:00.000Z'],
    ['3 μ.μ.', '30/04/2026 3 μ.μ.', 'deadline', '2026-04-30T12:00:00.000Z'],
    ['15:00 μ.μ., already on the 24-hour clock', '30/04/2026 15:00 μ.μ.', 'deadline', '2026-04-30T12:00:00.000Z'],
    ['12 π.μ. as midnight', '30/04/2026 12 π.μ.', 'deadline', '2026-04-29T21:00:00.000Z'],
    ['a weekday between the date and its time', '30/04/2026, ημέρα Πέμπτη και ώρα 14:00', 'deadline', '2026-04-30T11:00:00.000Z'],
    ['a time with a dot', '30/04/2026 15.00', 'deadline', '2026-04-30T12:00:00.000Z'],
    ['17:00 Brussels time, overriding the source zone', '18 April 2024 17:00 (Brussels time)', 'deadline', '2024-04-18T15:00:00.000Z'],
    ['17:00:00 CET in winter', '01 December 2026 17:00:00 CET', 'deadline', '2026-12-01T16:00:00.000Z'],
    ['a time before the date', 'until 17:00 CET on 15 May 2026', 'deadline', '2026-05-15T15:00:00.000Z'],
    ['a Greek time before the date', 'έως τις 15:00 της 30ης Απριλίου 2026', 'deadline', '2026-04-30T12:00:00.000Z'],
    ['p.m. in English', 'May 5, 2026 at 5 pm', 'deadline', '2026-05-05T14:00:00.000Z'],
    ['an ISO date-time with an offset inside text', 'λήξη 2026-04-30T15:00+03:00', 'deadline', '2026-04-30T12:00:00.000Z'],
  ] as const)('reads %s', (_name, text, role, expected) => {
    expect(parseTextDate(text, 'Europe/Athens', role)).toBe(expected);
  });

  it.each([
    ['a month name without a day', 'ΙΑΝΟΥΑΡΙΟΥ 2026'],
    ['an impossible date', '30/02/2026'],
    ['a protocol number', 'Αρ. Πρωτ. 1234/05/03/2024'],
    ['a year out of range', '05/03/1024'],
    ['no date at all', 'Πρόσκληση υποβολής προτάσεων'],
  ])('finds nothing in %s', (_name, text) => {
    expect(parseTextDate(text, 'Europe/Athens')).toBeNull();
  });
});

describe('findTextDates', () => {
  it('keeps the two dates of a period apart, not reading the second day as an hour', () => {
    const dates = findTextDates('01.03.2024 - 12.04.2024');
    expect(dates.map(({ year, month, day, time }) => ({ year, month, day, time }))).toEqual([
      { year: 2024, month: 3, day: 1, time: null },
      { year: 2024, month: 4, day: 12, time: null },
    ]);
  });

  it('does not read an amount after a date as a time', () => {
    expect(findTextDates('30/04/2026, 15.000 ευρώ')[0]?.time).toBeNull();
  });
});
