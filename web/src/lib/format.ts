import { localeOf, type Language } from '../i18n/language.ts';

// Every date the workspace shows is Athens time, whatever the browser's own zone: deadlines are
// published and met in Greece, and a colleague abroad must see the same day as the municipality.
export const displayTimeZone = 'Europe/Athens';

type FormatterKind = 'date' | 'date-time' | 'short-date' | 'time' | 'money' | 'whole-money' | 'number' | 'percent' | 'milliseconds' | 'seconds' | 'minutes';

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function getFormatter(kind: 'date' | 'date-time' | 'short-date' | 'time', language: Language): Intl.DateTimeFormat;
function getFormatter(
  kind: 'money' | 'whole-money' | 'number' | 'percent' | 'milliseconds' | 'seconds' | 'minutes',
  language: Language,
  currency?: string,
): Intl.NumberFormat;
function getFormatter(kind: FormatterKind, language: Language, currency = 'EUR'): Intl.DateTimeFormat | Intl.NumberFormat {
  const cacheKey = `${kind}:${language}:${currency}`;
  const cached = formatters.get(cacheKey);
  if (cached) return cached;
  const locale = localeOf[language];
  const formatter = createFormatter(kind, locale, currency);
  formatters.set(cacheKey, formatter);
  return formatter;
}

function createFormatter(kind: FormatterKind, locale: string, currency: string): Intl.DateTimeFormat | Intl.NumberFormat {
  switch (kind) {
    case 'date':
      return new Intl.DateTimeFormat(locale, { timeZone: displayTimeZone, day: 'numeric', month: 'long', year: 'numeric' });
    case 'short-date':
      return new Intl.DateTimeFormat(locale, { timeZone: displayTimeZone, day: 'numeric', month: 'short', year: 'numeric' });
    case 'time':
      return new Intl.DateTimeFormat(locale, { timeZone: displayTimeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    case 'date-time':
      return new Intl.DateTimeFormat(locale, {
        timeZone: displayTimeZone,
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    case 'money':
      return new Intl.NumberFormat(locale, { style: 'currency', currency });
    case 'whole-money':
      return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
    case 'number':
      return new Intl.NumberFormat(locale);
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    case 'milliseconds':
      return new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short' });
    case 'seconds':
      return new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 1 });
    case 'minutes':
      return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 1 });
  }
}

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "1 Απριλίου 2026" / "1 April 2026", the calendar day in Athens. */
export function formatDate(value: string | Date, language: Language): string {
  const date = toDate(value);
  return date ? getFormatter('date', language).format(date) : '';
}

/** "1 Απρ 2026" / "1 Apr 2026", for dense lists. */
export function formatShortDate(value: string | Date, language: Language): string {
  const date = toDate(value);
  return date ? getFormatter('short-date', language).format(date) : '';
}

/** "1 Απριλίου 2026 στις 00:30" / "1 April 2026 at 00:30", Athens wall-clock time. */
export function formatDateTime(value: string | Date, language: Language): string {
  const date = toDate(value);
  return date ? getFormatter('date-time', language).format(date) : '';
}

/** "00:30", the Athens wall-clock time alone, for two moments of the same day. */
export function formatTime(value: string | Date, language: Language): string {
  const date = toDate(value);
  return date ? getFormatter('time', language).format(date) : '';
}

/** Machine-readable value for a <time datetime> attribute. */
export function toIsoString(value: string | Date): string {
  const date = toDate(value);
  return date ? date.toISOString() : '';
}

/**
 * Money is stored as integer euro cents; 1234500 is "12.345,00 €" in Greek and "€12,345.00" in English.
 * `isWholeEuros` rounds to the euro ("12.345 €") for totals where cents are noise.
 */
export function formatMoneyCents(
  cents: number,
  language: Language,
  options?: { isWholeEuros?: boolean; currency?: string },
): string {
  const currency = options?.currency && /^[A-Z]{3}$/.test(options.currency) ? options.currency : 'EUR';
  return getFormatter(options?.isWholeEuros ? 'whole-money' : 'money', language, currency).format(cents / 100);
}

/** A share between 0 and 1 as a percentage: 0.8 is "80%", 0.825 is "82,5%" in Greek. */
export function formatPercent(share: number, language: Language): string {
  return getFormatter('percent', language).format(share);
}

/** How long a run took: "19 ms" under a second, "1,2 δευτ." / "1.2 secs" under a minute, "2,5 λ." / "2.5 mins" after. */
export function formatDurationMs(milliseconds: number, language: Language): string {
  const whole = Math.max(0, Math.round(milliseconds));
  if (whole < 1000) return getFormatter('milliseconds', language).format(whole);
  const seconds = whole / 1000;
  return seconds < 60
    ? getFormatter('seconds', language).format(seconds)
    : getFormatter('minutes', language).format(seconds / 60);
}

export function formatNumber(value: number, language: Language): string {
  return getFormatter('number', language).format(value);
}

export type PluralForm = 'one' | 'other';

/**
 * Greek, like English, has two plural forms ("1 ανάγκη", "0 ανάγκες", "2 ανάγκες"), but zero takes
 * the plural, and decimals always do; Intl.PluralRules knows the rules of both languages.
 */
export function selectPluralForm(count: number, language: Language): PluralForm {
  return new Intl.PluralRules(localeOf[language]).select(count) === 'one' ? 'one' : 'other';
}

/** Picks the right form and puts the formatted count in place of `{count}`. */
export function formatCount(count: number, forms: Record<PluralForm, string>, language: Language): string {
  return forms[selectPluralForm(count, language)].replaceAll('{count}', formatNumber(count, language));
}
