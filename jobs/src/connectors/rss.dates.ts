const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// RFC 822 names its zones; feeds also use the European abbreviations.
const zoneOffsetMinutes: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
};

const rfc822 =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})$/;
const iso8601 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * A feed's date as a UTC instant, for the two formats feeds are meant to use: RFC 822 (RSS) and ISO 8601
 * (Atom, dc:date). Anything else, a date without a zone included, gives null instead of a guess:
 * `new Date()` would read `05/03/2024` as 3 May and zone-less times in the server's zone.
 */
export function parseFeedDate(text: string): string | null {
  const value = text.trim();
  return parseRfc822(value) ?? parseIso8601(value);
}

function parseRfc822(value: string): string | null {
  const match = rfc822.exec(value);
  if (!match) return null;
  const [, day, monthName = '', yearText = '', hour, minute, second, zone = ''] = match;
  const month = monthNames.findIndex((name) => monthName.length >= 3 && name.startsWith(monthName.toLowerCase()));
  // Two-digit years are RFC 822's own; RFC 1123 made them four.
  const year = yearText.length === 2 ? (Number(yearText) < 50 ? 2000 : 1900) + Number(yearText) : Number(yearText);
  const offset = /^[+-]/.test(zone) ? numericOffset(zone) : zoneOffsetMinutes[zone.toUpperCase()];
  if (month === -1 || offset === undefined || offset === null) return null;
  return toInstant(year, month + 1, Number(day), Number(hour), Number(minute), Number(second ?? 0), 0, offset);
}

function parseIso8601(value: string): string | null {
  const match = iso8601.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone = ''] = match;
  const offset = zone.toUpperCase() === 'Z' ? 0 : numericOffset(zone);
  if (offset === null) return null;
  const milliseconds = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  return toInstant(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second ?? 0), milliseconds, offset);
}

/** `+0200`, `+02:00` or `+02` in minutes east of UTC. */
function numericOffset(zone: string): number | null {
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 14 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function toInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  milliseconds: number,
  offsetMinutes: number,
): string | null {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 60) return null;
  // A leap second is read as the last second of its minute.
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), milliseconds) - offsetMinutes * 60_000;
  return new Date(utc).toISOString();
}
