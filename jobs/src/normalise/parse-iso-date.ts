import { calendarDateToIso, type DateRole, isValidCalendarDate, isValidTime } from './calendar.ts';

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * An ISO 8601 value as sources write it, as an ISO UTC instant, or null when it is not one:
 * with an offset with or without a colon (`2024-04-18T19:00:00.000+0200`, the EU portal's form), `Z`,
 * zone-less date-times (read in `zone`), and date-only `YYYY-MM-DD` (start of the day for an opening, 23:59:59
 * for a deadline, in `zone`). Parsed by hand: `Date.parse` reads zone-less values in the server's zone.
 */
export function parseIsoish(value: string, zone: string, role: DateRole = 'opening'): string | null {
  const match = isoPattern.exec(value.trim());
  if (!match) return null;
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fractionText, offsetText] = match;
  const [year, month, day] = [Number(yearText), Number(monthText), Number(dayText)];
  if (!isValidCalendarDate(year, month, day)) return null;
  if (hourText === undefined) return calendarDateToIso(year, month, day, null, zone, role);

  const time = { hour: Number(hourText), minute: Number(minuteText), second: Number(secondText ?? '0') };
  if (!isValidTime(time)) return null;
  const milliseconds = Number((fractionText ?? '').padEnd(3, '0').slice(0, 3));
  if (offsetText === undefined) {
    const instant = new Date(calendarDateToIso(year, month, day, time, zone, role));
    return new Date(instant.getTime() + milliseconds).toISOString();
  }
  const offsetMinutes = readOffsetMinutes(offsetText);
  if (offsetMinutes === null) return null;
  const utc = Date.UTC(year, month - 1, day, time.hour, time.minute, time.second, milliseconds) - offsetMinutes * 60_000;
  return new Date(utc).toISOString();
}

function readOffsetMinutes(offset: string): number | null {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}
