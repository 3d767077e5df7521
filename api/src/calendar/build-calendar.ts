import ical, { ICalAlarmType, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { athensZone, vtimezoneFor } from './athens-vtimezone.ts';
import { ZonedDateTime } from './zoned-date-time.ts';

export interface CalendarDeadline {
  callId: string;
  title: string;
  deadline: string;
  withdrawn: boolean;
  updatedAt: string;
}

const weekSeconds = 7 * 24 * 60 * 60;

/**
 * A user's deadline calendar (RFC 5545, CRLF lines folded at 75 octets by ical-generator): one timed,
 * zero-length event per followed call at its deadline in Europe/Athens, marked free so it blocks no meeting,
 * with a reminder a week before. The UID is stable per call, so a moved deadline moves the event.
 */
export function buildDeadlineCalendar({ deadlines, origin, now }: { deadlines: CalendarDeadline[]; origin: string; now: Date }): string {
  const calendar = ical({
    name: 'CNI: Προθεσμίες προσκλήσεων / Call deadlines',
    description: 'Deadlines of the funding calls you follow in the CNI Funding Workspace',
    prodId: { company: 'Cities Network for Integration', product: 'CNI Funding Workspace', language: 'EL' },
    // No calendar-wide zone name: ical-generator would then write DTSTAMP in local time, which RFC 5545
    // forbids, and put X-WR-TIMEZONE after the events. Each event carries the zone, and the generator still
    // emits the VTIMEZONE its TZID refers to.
    timezone: { name: null, generator: vtimezoneFor },
    ttl: 60 * 60,
  });
  for (const call of deadlines) {
    const link = `${origin}/calls/${call.callId}`;
    const summary = `Deadline: ${call.title}`;
    calendar.createEvent({
      id: `call-${call.callId}@cni-funding`,
      start: new ZonedDateTime(Date.parse(call.deadline), athensZone),
      timezone: athensZone,
      stamp: now,
      lastModified: new Date(call.updatedAt),
      summary: call.withdrawn ? `${summary} (withdrawn)` : summary,
      description: `Προθεσμία υποβολής / Submission deadline\n${link}`,
      url: link,
      transparency: ICalEventTransparency.TRANSPARENT,
      status: call.withdrawn ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      alarms: call.withdrawn ? [] : [{ type: ICalAlarmType.display, trigger: weekSeconds, description: `In 7 days: ${summary}` }],
    });
  }
  return calendar.toString();
}
