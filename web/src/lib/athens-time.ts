import { displayTimeZone } from './format.ts';

// Forms take a date and a time "as on a clock in Athens" and the API wants an instant in UTC. The offset
// is +2 in winter and +3 in summer (EET/EEST), so it is read from Intl for the day in question rather
// than assumed; the browser's own time zone plays no part.

const dayMs = 24 * 60 * 60 * 1000;

const wallClockFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: displayTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function readWallClock(epochMs: number): WallClock {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormatter.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The wall clock as if it were UTC: subtracting the true instant gives the zone's offset. */
function wallClockAsUtc(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

function offsetAt(epochMs: number): number {
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return wallClockAsUtc(readWallClock(wholeSeconds)) - wholeSeconds;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2026-07-15" and "15:00" on a clock in Athens → "2026-07-15T12:00:00.000Z". Answers null for a date or a
 * time that does not exist on any calendar (2026-02-30, 25:00). In the hour skipped when summer time
 * starts the clock has already moved on (03:30 is read as 04:30); in the hour lived twice when it ends,
 * the earlier of the two is taken, so that a deadline is never later than the one meant.
 */
export function athensDateTimeToUtcIso(date: string, time: string): string | null {
  const dateMatch = datePattern.exec(date.trim());
  const timeMatch = timePattern.exec(time.trim());
  if (!dateMatch || !timeMatch) return null;
  const wanted: WallClock = {
    year: Number(dateMatch[1]),
    month: Number(dateMatch[2]),
    day: Number(dateMatch[3]),
    hour: Number(timeMatch[1]),
    minute: Number(timeMatch[2]),
    second: Number(timeMatch[3] ?? 0),
  };
  if (wanted.hour > 23 || wanted.minute > 59 || wanted.second > 59) return null;
  const asUtc = wallClockAsUtc(wanted);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== wanted.year || check.getUTCMonth() + 1 !== wanted.month || check.getUTCDate() !== wanted.day) {
    return null;
  }

  // The offsets a day either side cover both sides of any change of the clocks.
  const offsetBefore = offsetAt(asUtc - dayMs);
  const offsetAfter = offsetAt(asUtc + dayMs);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asUtc - offset)
    .filter((instant) => wallClockAsUtc(readWallClock(instant)) === asUtc)
    .sort((a, b) => a - b);
  const instant = candidates[0] ?? asUtc - offsetBefore;
  return new Date(instant).toISOString();
}

/** "2026-07-15T12:00:00Z" → { date: "2026-07-15", time: "15:00" }, the Athens wall clock, for a form's inputs. */
export function utcToAthensDateTime(value: string | Date): { date: string; time: string } | null {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const clock = readWallClock(date.getTime());
  return {
    date: `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`,
    time: `${pad(clock.hour)}:${pad(clock.minute)}`,
  };
}

/**
 * Whole calendar days in Athens from `from` to `to`: 0 on the same day, 1 for "tomorrow", negative
 * when `to` is an earlier day. 23:30 and 00:30 the next morning are one day apart.
 */
export function athensCalendarDaysBetween(from: Date, to: Date): number {
  const start = readWallClock(from.getTime());
  const end = readWallClock(to.getTime());
  const startDay = Date.UTC(start.year, start.month - 1, start.day);
  const endDay = Date.UTC(end.year, end.month - 1, end.day);
  return Math.round((endDay - startDay) / dayMs);
}

/** "2026-12-15" → the last minute of that day in Athens, in UTC: something due on a day is due by its end. */
export function endOfAthensDayToUtcIso(date: string): string | null {
  return athensDateTimeToUtcIso(date, '23:59');
}
