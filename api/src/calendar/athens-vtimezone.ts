export const athensZone = 'Europe/Athens';

// Greece has followed the EU summer-time rule since 1981: EEST (+03:00) from the last Sunday of March at 03:00
// local to the last Sunday of October at 04:00 local. RFC 5545 wants a VTIMEZONE for every TZID used, and
// Outlook will not place TZID times without one; a static definition needs no timezone database package.
const athensVtimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Athens',
  'X-LIC-LOCATION:Europe/Athens',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** The VTIMEZONE generator ical-generator calls for each zone its events use. */
export function vtimezoneFor(zone: string): string | null {
  return zone === athensZone ? athensVtimezone : null;
}
