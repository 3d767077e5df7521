import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { wallClockAt, type WallClock } from '@cni/jobs';

function asUtcMs(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/** The instant a wall-clock time names in a zone, with that day's offset (a second pass settles DST days). */
function instantOf(clock: WallClock, zone: string): number {
  const naive = asUtcMs(clock);
  const offsetAt = (epochMs: number) => asUtcMs(wallClockAt(epochMs, zone)) - Math.floor(epochMs / 1000) * 1000;
  return naive - offsetAt(naive - offsetAt(naive));
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

function plainDateTime(clock: WallClock): ICalTemporalPlainDateTimeStub {
  const date = `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
  const text = `${date}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`;
  const plainDate: ICalTemporalPlainDateStub = { year: clock.year, month: clock.month, day: clock.day, toJSON: () => date, toString: () => date };
  return {
    ...clock,
    toPlainDate: () => plainDate,
    toZonedDateTime: (zone: string) => new ZonedDateTime(instantOf(clock, zone), zone),
    toJSON: () => text,
    toString: () => text,
  };
}

/**
 * An instant with its wall-clock fields in an IANA zone, in the shape of Temporal.ZonedDateTime that
 * ical-generator accepts. Given a plain Date, ical-generator writes a TZID event with the *process's* local
 * hours (and Node 20 has no Temporal), so a server running in UTC would put an 18:00 Athens deadline at 16:00.
 */
export class ZonedDateTime implements ICalTemporalZonedDateTimeStub {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;

  constructor(
    readonly epochMilliseconds: number,
    readonly timeZoneId: string,
  ) {
    const clock = wallClockAt(epochMilliseconds, timeZoneId);
    this.year = clock.year;
    this.month = clock.month;
    this.day = clock.day;
    this.hour = clock.hour;
    this.minute = clock.minute;
    this.second = clock.second;
  }

  withTimeZone(zone: string): ZonedDateTime {
    return new ZonedDateTime(this.epochMilliseconds, zone);
  }

  toInstant(): ICalTemporalInstantStub {
    const epochMilliseconds = this.epochMilliseconds;
    const iso = new Date(epochMilliseconds).toISOString();
    return { epochMilliseconds, toJSON: () => iso, toString: () => iso, toZonedDateTimeISO: (zone: string) => new ZonedDateTime(epochMilliseconds, zone) };
  }

  toPlainDateTime(): ICalTemporalPlainDateTimeStub {
    return plainDateTime(this);
  }

  toJSON(): string {
    return new Date(this.epochMilliseconds).toISOString();
  }

  toString(): string {
    return `${this.toPlainDateTime().toString()}[${this.timeZoneId}]`;
  }
}
