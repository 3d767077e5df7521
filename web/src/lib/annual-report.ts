import { utcToAthensDateTime } from './athens-time.ts';

/** How many years back the year picker offers; an older year still works typed into the address. */
const offeredYears = 6;
const earliestYear = 2000;

/** The calendar year in Greece: on New Year's Eve at 23:30 UTC, Athens is already in the next one. */
export function athensYear(now: Date): number {
  return Number(utcToAthensDateTime(now)?.date.slice(0, 4) ?? now.getUTCFullYear());
}

/** `?year=` as a year the report can be about, or the current year for anything else (absent, "abc", 1999, next year). */
export function readReportYear(value: string | string[] | undefined, currentYear: number): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d{4}$/.test(text)) return currentYear;
  const year = Number(text);
  return year >= earliestYear && year <= currentYear ? year : currentYear;
}

/** The years offered, newest first: the last few, and the one shown when it is older. */
export function reportYearChoices(currentYear: number, selected: number): number[] {
  const years = Array.from({ length: offeredYears }, (_, index) => currentYear - index);
  if (!years.includes(selected)) years.push(selected);
  return years;
}
