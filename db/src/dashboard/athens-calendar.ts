/**
 * The calendar as the network reads it: quarters, years and deadlines in Europe/Athens. SQLite knows no time
 * zones, so these are done with Intl; db must not import jobs, which has its own zoned-time helpers.
 */
const athensZone = 'Europe/Athens';

const athensClock = new Intl.DateTimeFormat('en-US', {
  timeZone: athensZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function athensWallClock(epochMs: number): WallClock {
  const fields: Record<string, number> = {};
  for (const part of athensClock.formatToParts(new Date(epochMs))) if (part.type !== 'literal') fields[part.type] = Number(part.value);
  return { year: fields.year!, month: fields.month!, day: fields.day!, hour: fields.hour!, minute: fields.minute!, second: fields.second! };
}

/** Minutes Athens is ahead of UTC at that instant (+120 in winter, +180 in summer). */
function athensOffsetMinutes(epochMs: number): number {
  const clock = athensWallClock(epochMs);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** The instant an Athens clock shows this time, with that day's offset (summer or winter time). */
export function athensTimeToUtc(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const firstGuess = asUtc - athensOffsetMinutes(asUtc) * 60_000;
  return new Date(asUtc - athensOffsetMinutes(firstGuess) * 60_000);
}

export function athensYearOf(instant: Date): number {
  return athensWallClock(instant.getTime()).year;
}

/** The calendar day an instant falls on in Athens. */
export function athensDateOf(instant: Date): { year: number; month: number; day: number } {
  const { year, month, day } = athensWallClock(instant.getTime());
  return { year, month, day };
}

/** The calendar quarter of an instant in Athens, e.g. '2026-Q2': 31 March 22:30 UTC in summer is already April there. */
export function athensQuarterOf(iso: string): string {
  const { year, month } = athensWallClock(Date.parse(iso));
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The quarter after `period` ('2025-Q4' → '2026-Q1'), to lay out a time line without holes. */
export function nextQuarter(period: string): string {
  const [year, quarter] = period.split('-Q').map(Number) as [number, number];
  return quarter === 4 ? `${year + 1}-Q1` : `${year}-Q${quarter + 1}`;
}

/** A year in Athens as a half-open range of stored UTC timestamps, [from, to). */
export function athensYearRange(year: number): { from: string; to: string } {
  return { from: athensTimeToUtc(year, 1, 1).toISOString(), to: athensTimeToUtc(year + 1, 1, 1).toISOString() };
}

/** '2026-05-01 15:00' as a clock in Athens shows it: sortable, and read by spreadsheets as a date. */
export function formatAthensDateTime(iso: string): string {
  const clock = athensWallClock(Date.parse(iso));
  const two = (value: number) => String(value).padStart(2, '0');
  return `${clock.year}-${two(clock.month)}-${two(clock.day)} ${two(clock.hour)}:${two(clock.minute)}`;
}
