import { zonedTimeToUtc } from '../normalise/zoned-time.ts';

const zone = 'Europe/Athens';
const dayMs = 24 * 60 * 60 * 1000;

const athensDate = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' });

function athensCalendarDay(instant: Date): { year: number; month: number; day: number } {
  const fields: Record<string, number> = {};
  for (const part of athensDate.formatToParts(instant)) if (part.type !== 'literal') fields[part.type] = Number(part.value);
  return { year: fields.year!, month: fields.month!, day: fields.day! };
}

/** ISO 8601 week name of a calendar day, e.g. 2026-W48: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeekName(year: number, month: number, day: number): string {
  const date = Date.UTC(year, month - 1, day);
  const weekday = (new Date(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(date + (3 - weekday) * dayMs);
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * dayMs)) + 1;
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/**
 * The digest a moment belongs to: the latest Monday 08:00 in Athens at or before it (the job's schedule),
 * and the ISO week of that Monday, which names the digest.
 */
export function digestSlot(now: Date): { start: Date; week: string } {
  const today = athensCalendarDay(now);
  const weekday = (new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay() + 6) % 7;
  for (const daysBack of [weekday, weekday + 7]) {
    const monday = new Date(Date.UTC(today.year, today.month - 1, today.day) - daysBack * dayMs);
    const [year, month, day] = [monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate()];
    const start = zonedTimeToUtc(year, month, day, 8, 0, 0, zone);
    if (start.getTime() <= now.getTime()) return { start, week: isoWeekName(year, month, day) };
  }
  throw new Error('unreachable: a Monday 08:00 within the last two weeks always exists');
}
