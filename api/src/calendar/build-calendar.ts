import type { ProposalDate } from '@cni/db';
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

interface CalendarEvent {
  uid: string;
  summary: string;
  description: string;
  at: string;
  link: string;
  cancelled: boolean;
  updatedAt: string;
}

function callEvent(call: CalendarDeadline, origin: string): CalendarEvent {
  const summary = `Deadline: ${call.title}`;
  const link = `${origin}/calls/${call.callId}`;
  return {
    uid: `call-${call.callId}@cni-funding`,
    summary: call.withdrawn ? `${summary} (withdrawn)` : summary,
    description: `Προθεσμία υποβολής / Submission deadline\n${link}`,
    at: call.deadline,
    link,
    cancelled: call.withdrawn,
    updatedAt: call.updatedAt,
  };
}

function proposalEvent(date: ProposalDate, origin: string): CalendarEvent {
  const link = `${origin}/proposals/${date.proposalId}`;
  const isDeadline = date.kind === 'deadline';
  return {
    uid: `${date.kind}-${date.id}@cni-funding`,
    summary: isDeadline ? `Proposal due: ${date.title}` : `Milestone: ${date.title} (${date.proposalTitle})`,
    description: `${isDeadline ? 'Υποβολή πρότασης / Proposal submission' : 'Ορόσημο πρότασης / Proposal milestone'}\n${link}`,
    at: date.at,
    link,
    cancelled: false,
    updatedAt: date.updatedAt,
  };
}

/**
 * A user's deadline calendar (RFC 5545, CRLF lines folded at 75 octets by ical-generator): one timed,
 * zero-length event per followed call's deadline and per date of the proposals the user drafts (submission
 * deadline, internal milestones), in Europe/Athens, marked free so it blocks no meeting, with a reminder a week
 * before. UIDs are stable, so a moved date moves its event.
 */
export function buildDeadlineCalendar({
  deadlines,
  proposalDates = [],
  origin,
  now,
}: {
  deadlines: CalendarDeadline[];
  proposalDates?: ProposalDate[];
  origin: string;
  now: Date;
}): string {
  const calendar = ical({
    name: 'CNI: Προθεσμίες / Deadlines',
    description: 'Deadlines of the funding calls you follow and the proposals you draft in the CNI Funding Workspace',
    prodId: { company: 'Cities Network for Integration', product: 'CNI Funding Workspace', language: 'EL' },
    // No calendar-wide zone name: ical-generator would then write DTSTAMP in local time, which RFC 5545
    // forbids, and put X-WR-TIMEZONE after the events. Each event carries the zone, and the generator still
    // emits the VTIMEZONE its TZID refers to.
    timezone: { name: null, generator: vtimezoneFor },
    ttl: 60 * 60,
  });
  const events = [...deadlines.map((call) => callEvent(call, origin)), ...proposalDates.map((date) => proposalEvent(date, origin))];
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      start: new ZonedDateTime(Date.parse(event.at), athensZone),
      timezone: athensZone,
      stamp: now,
      lastModified: new Date(event.updatedAt),
      summary: event.summary,
      description: event.description,
      url: event.link,
      transparency: ICalEventTransparency.TRANSPARENT,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      alarms: event.cancelled ? [] : [{ type: ICalAlarmType.display, trigger: weekSeconds, description: `In 7 days: ${event.summary}` }],
    });
  }
  return calendar.toString();
}
