import { zonedTimeToUtc } from './zoned-time.ts';

/** An opening date without a time starts the day; a deadline without a time lasts until the day's end. */
export type DateRole = 'opening' | 'deadline';

export interface WallClockTime {
  hour: number;
  minute: number;
  second: number;
}

// Years a funding call can plausibly carry; anything else is a misread number.
const firstYear = 1990;
const lastYear = 2100;

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < firstYear || year > lastYear) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth;
}

export function isValidTime({ hour, minute, second }: WallClockTime): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

/** ISO UTC instant of a calendar date in `zone`, at `time` or else at the start or end of the day by role. */
export function calendarDateToIso(year: number, month: number, day: number, time: WallClockTime | null, zone: string, role: DateRole): string {
  const { hour, minute, second } = time ?? (role === 'deadline' ? { hour: 23, minute: 59, second: 59 } : { hour: 0, minute: 0, second: 0 });
  return zonedTimeToUtc(year, month, day, hour, minute, second, zone).toISOString();
}
