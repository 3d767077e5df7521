import { afterEach, describe, expect, it } from 'vitest';
import { buildDeadlineCalendar } from './build-calendar.ts';

const origin = 'https://cni.example.gr';
const now = new Date('2026-11-26T10:00:00.000Z');
const call = (overrides: Partial<Parameters<typeof buildDeadlineCalendar>[0]['deadlines'][number]> = {}) => ({
  callId: 'c1',
  title: 'AMIF 2027',
  deadline: '2027-02-15T16:00:00.000Z',
  withdrawn: false,
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});

/** Undoes RFC 5545 line folding (CRLF followed by one space or tab continues the line). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('buildDeadlineCalendar', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('writes each deadline at its Athens wall-clock time with a VTIMEZONE, whatever zone the server runs in', () => {
    for (const zone of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
      process.env.TZ = zone;
      const lines = unfold(
        buildDeadlineCalendar({
          deadlines: [call(), call({ callId: 'c2', title: 'Summer call', deadline: '2026-07-01T09:00:00.000Z' })],
          origin,
          now,
        }),
      );
      // 16:00 UTC in February is 18:00 EET; 09:00 UTC in July is 12:00 EEST.
      expect(lines.filter((line) => line.startsWith('DTSTART;'))).toEqual([
        'DTSTART;TZID=Europe/Athens:20270215T180000',
        'DTSTART;TZID=Europe/Athens:20260701T120000',
      ]);
      expect(lines).toContain('DTSTAMP:20261126T100000Z');
      expect(lines).toContain('TZID:Europe/Athens');
    }
  });

  it('is a calendar Outlook and Google accept: CRLF lines of at most 75 octets, stable UIDs, a reminder a week before', () => {
    const title = 'Ενίσχυση των Κέντρων Ένταξης Μεταναστών και της διαπολιτισμικής μεσολάβησης στους δήμους, 2027';
    const ics = buildDeadlineCalendar({ deadlines: [call({ title })], origin, now });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

    const lines = unfold(ics);
    expect(lines).toContain('X-WR-CALNAME:CNI: Προθεσμίες / Deadlines');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('UID:call-c1@cni-funding');
    expect(lines).toContain(`SUMMARY:Deadline: ${title.replace(/,/g, '\\,')}`);
    expect(lines).toContain('URL;VALUE=URI:https://cni.example.gr/calls/c1');
    expect(lines).toContain('TRANSP:TRANSPARENT');
    expect(lines).toContain('TRIGGER:-P7D');
    expect(lines.filter((line) => line.startsWith('DTEND'))).toEqual([]);
  });

  it('cancels the event of a withdrawn call instead of dropping it, so subscribed calendars update it', () => {
    const lines = unfold(buildDeadlineCalendar({ deadlines: [call({ withdrawn: true })], origin, now }));
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).not.toContain('BEGIN:VALARM');
  });
});
