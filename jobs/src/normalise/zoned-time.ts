const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a clock in `zone` shows at `epochMs`. */
export function wallClockAt(epochMs: number, zone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return { year: fields.year ?? 0, month: fields.month ?? 1, day: fields.day ?? 1, hour: fields.hour ?? 0, minute: fields.minute ?? 0, second: fields.second ?? 0 };
}

/** Minutes to add to UTC to get the wall-clock time of `zone` at `epochMs` (+120 in Athens in winter). */
export function zoneOffsetMinutes(epochMs: number, zone: string): number {
  const clock = wallClockAt(epochMs, zone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

// Calls repeat the same few deadlines, and asking Intl for a zone's offset costs microseconds each time. The
// wall-clock time read as if it were UTC names it exactly, so it is the key.
const recentInstants = new Map<string, Map<number, number>>();
const recentInstantsLimit = 1024;

/**
 * The UTC instant of a wall-clock time in an IANA zone, with the offset that zone had on that day (DST).
 * A time skipped by a spring-forward change is read with the offset before the change (03:30 in Athens on
 * the last Sunday of March becomes 04:30 local); a repeated autumn hour gets the later, winter reading.
 */
export function zonedTimeToUtc(year: number, month: number, day: number, hour: number, minute: number, second: number, zone: string): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  let instant = recentInstants.get(zone)?.get(asUtc);
  if (instant === undefined) {
    const firstGuess = asUtc - zoneOffsetMinutes(asUtc, zone) * 60_000;
    instant = asUtc - zoneOffsetMinutes(firstGuess, zone) * 60_000;
    // Only a zone Intl knows gets here, so there are few.
    const instants = recentInstants.get(zone) ?? new Map<number, number>();
    if (instants.size >= recentInstantsLimit) instants.delete(instants.keys().next().value as number);
    recentInstants.set(zone, instants.set(asUtc, instant));
  }
  return new Date(instant);
}
