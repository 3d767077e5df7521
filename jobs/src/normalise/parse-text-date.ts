import { calendarDateToIso, type DateRole, isValidCalendarDate, isValidTime, type WallClockTime } from './calendar.ts';
import { monthNames, weekdayNames, zoneNames } from './date-words.data.ts';
import { foldText } from '@cni/db';
import { alternation } from './pattern-text.ts';
import { type FoldedText, foldForMatching } from './term-matcher.ts';
import { WordScanner } from './word-scanner.ts';
import { zonedTimeToUtc } from './zoned-time.ts';

/** A date found in folded text, with the time and zone written beside it. */
export interface TextDate {
  /** Span in the folded text, a time written before the date included. */
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
  time: WallClockTime | null;
  /** A zone the text names (`17:00 Brussels time`), which overrides the source's zone. */
  zone: string | null;
  /** A numeric offset the text gives (`2026-04-30T15:00+03:00`). */
  offsetMinutes: number | null;
}

const monthByName = new Map(monthNames.flatMap(([month, names]) => names.map((name) => [foldText(name), month] as const)));
const zoneByName = new Map(zoneNames.flatMap(([zone, names]) => names.map((name) => [foldText(name), zone] as const)));

const months = `(${alternation([...monthByName.keys()])})(?!\\p{L})\\.?`;
const zones = `(${alternation([...zoneByName.keys()])})(?!\\p{L})`;
const numberEnd = '(?!\\p{N})';
// Greek ordinal endings (30ης, 1η) and English ones (1st, 30th).
const ordinal = '(?:ησ|η|st|nd|rd|th)?';

// Each is tried where a word starts (see word-scanner.ts), so none repeats `(?<![\p{L}\p{N}])`.
const datePatterns: ReadonlyArray<{ source: string; read: (match: RegExpExecArray) => Omit<TextDate, 'start' | 'end'> | null }> = [
  {
    // 05/03/2024, 5-3-2024, 05.03.2024: always day/month/year in these sources.
    source: `(?<!\\d[./-])(\\d{1,2}) ?([./-]) ?(\\d{1,2}) ?\\2 ?(\\d{4})${numberEnd}(?![./-]\\d)`,
    read: (match) => calendarFields(Number(match[4]), Number(match[3]), Number(match[1])),
  },
  {
    // 2026-04-30 or 2026-04-30T15:00:00+03:00 written inside text.
    source: `(\\d{4})-(\\d{2})-(\\d{2})(?:t(\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?(z|[+-]\\d{2}:?\\d{2})?)?${numberEnd}`,
    read: (match) => {
      const fields = calendarFields(Number(match[1]), Number(match[2]), Number(match[3]));
      if (!fields || match[4] === undefined) return fields;
      const time = { hour: Number(match[4]), minute: Number(match[5]), second: Number(match[6] ?? '0') };
      if (!isValidTime(time)) return null;
      return { ...fields, time, offsetMinutes: match[7] === undefined ? null : offsetMinutes(match[7]) };
    },
  },
  {
    // 30 Απριλίου 2026, 30 Απρ. 2026, 1η Δεκεμβρίου 2026, 01 December 2026.
    source: `(\\d{1,2})${ordinal} (?:του )?${months},? ?(\\d{4})${numberEnd}`,
    read: (match) => calendarFields(Number(match[3]), monthByName.get(match[2] ?? '') ?? 0, Number(match[1])),
  },
  {
    // December 1, 2026.
    source: `${months} (\\d{1,2})${ordinal},? (\\d{4})${numberEnd}`,
    read: (match) => calendarFields(Number(match[3]), monthByName.get(match[1] ?? '') ?? 0, Number(match[2])),
  },
];
const dateScanner = new WordScanner(datePatterns.map((datePattern) => ({ kind: datePattern, alternatives: [datePattern.source] })));

const separators = `(?:,|-|–|—|\\(|:|και|and|at|on|στισ|ωρα|ωρεσ|time|hour|ημερα|${alternation(weekdayNames.map(foldText))})`;
const meridiem = '(μ\\.? ?μ\\.?|π\\.? ?μ\\.?|p\\.? ?m\\.?|a\\.? ?m\\.?)(?![\\p{L}])';
const clock = '(?<!\\p{N})(\\d{1,2})(?:[:.](\\d{2})(?::(\\d{2}))?)?(?!\\p{N})(?![./-]\\d)';
const zoneSuffix = `(?: ?\\(? ?${zones} ?\\)?)?`;
const timeAfterPattern = new RegExp(`(?:[ ]?${separators}(?![\\p{L}]))*[ ]?${clock}(?: ?${meridiem})?${zoneSuffix}`, 'uy');
const timeBeforePattern = new RegExp(
  `(?<!\\p{N})(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?(?!\\p{N})(?: ?${meridiem})?${zoneSuffix}(?: ?(?:,|on|of|the|τησ|την|στισ))* ?$`,
  'u',
);

/**
 * Every date in the text, in order: numeric day/month/year, ISO, Greek and English month names, each with
 * the time and zone written next to it (`ώρα 15:00`, `3 μ.μ.`, `17:00 (Brussels time)`). Works on folded
 * text, so the caller's indexes refer to `foldText` of the whitespace-collapsed text.
 */
export function findTextDates(text: string): TextDate[] {
  return findTextDatesFromFolded(foldForMatching(text));
}

/** findTextDates of text a caller has already folded. */
export function findTextDatesFromFolded(folded: FoldedText): TextDate[] {
  const found: TextDate[] = [];
  for (const { kind: { read }, match } of dateScanner.findAll(folded)) {
    const fields = read(match);
    if (fields) found.push({ ...fields, start: match.index, end: match.index + match[0].length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const dates: TextDate[] = [];
  for (const date of found) {
    const previous = dates.at(-1);
    if (!previous || date.start >= previous.end) dates.push(date.time ? date : withTime(folded, date, previous?.end ?? 0));
  }
  return dates;
}

/** The first date written in the text, as an ISO UTC instant, or null. */
export function parseTextDate(text: string, zone: string, role: DateRole = 'opening'): string | null {
  const [first] = findTextDates(text);
  return first ? textDateToIso(first, zone, role) : null;
}

export function textDateToIso(date: TextDate, zone: string, role: DateRole): string {
  if (date.offsetMinutes !== null && date.time) {
    const { hour, minute, second } = date.time;
    return new Date(Date.UTC(date.year, date.month - 1, date.day, hour, minute, second) - date.offsetMinutes * 60_000).toISOString();
  }
  if (date.time) {
    const { hour, minute, second } = date.time;
    return zonedTimeToUtc(date.year, date.month, date.day, hour, minute, second, date.zone ?? zone).toISOString();
  }
  return calendarDateToIso(date.year, date.month, date.day, null, date.zone ?? zone, role);
}

function calendarFields(year: number, month: number, day: number) {
  return isValidCalendarDate(year, month, day) ? { year, month, day, time: null, zone: null, offsetMinutes: null } : null;
}

function offsetMinutes(offset: string): number {
  if (offset === 'z') return 0;
  const digits = offset.slice(1).replace(':', '');
  return (offset.startsWith('-') ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/** Adds the time written right after the date, or else right before it (`17:00 CET on 15 May 2026`). */
function withTime(folded: string, date: TextDate, notBefore: number): TextDate {
  timeAfterPattern.lastIndex = date.end;
  const after = timeAfterPattern.exec(folded);
  const afterTime = after && readTime(after[1], after[2], after[3], after[4], after[5]);
  if (after && afterTime) return { ...date, end: date.end + after[0].length, ...afterTime };

  const windowStart = Math.max(notBefore, date.start - 60);
  const before = timeBeforePattern.exec(folded.slice(windowStart, date.start));
  const beforeTime = before && readTime(before[1], before[2], before[3], before[4], before[5]);
  if (before && beforeTime) return { ...date, start: windowStart + before.index, ...beforeTime };
  return date;
}

function readTime(
  hourText: string | undefined,
  minuteText: string | undefined,
  secondText: string | undefined,
  meridiemText: string | undefined,
  zoneText: string | undefined,
): { time: WallClockTime; zone: string | null } | null {
  // A bare number after a date is a time only with minutes or with μ.μ./p.m.
  if (minuteText === undefined && meridiemText === undefined) return null;
  let hour = Number(hourText);
  // `15:00 μ.μ.` is already on the 24-hour clock.
  if (meridiemText !== undefined && hour <= 12) {
    const isAfternoon = /^[μp]/.test(meridiemText);
    if (isAfternoon && hour < 12) hour += 12;
    if (!isAfternoon && hour === 12) hour = 0;
  }
  const time = { hour, minute: Number(minuteText ?? '0'), second: Number(secondText ?? '0') };
  if (!isValidTime(time)) return null;
  return { time, zone: zoneText === undefined ? null : (zoneByName.get(zoneText) ?? null) };
}
