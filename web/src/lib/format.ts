import { localeOf, type Language } from '../i18n/language.ts';

// Every date the workspace shows is Athens time, whatever the browser's own zone: deadlines are
// published and met in Greece, and a colleague abroad must see the same day as the municipality.
export const displayTimeZone = 'Europe/Athens';

type FormatterKind = 'date' | 'date-time' | 'short-date' | 'money' | 'whole-money' | 'number';

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function getFormatter(kind: 'date' | 'date-time' | 'short-date', language: Language): Intl.DateTimeFormat;
function getFormatter(kind: 'money' | 'whole-money' | 'number', language: Language): Intl.NumberFormat;
function getFormatter(kind: FormatterKind, language: Language): Intl.DateTimeFormat | Intl.NumberFormat {
  const cacheKey = `${kind}:${language}`;
  const cached = formatters.get(cacheKey);
  if (cached) return cached;
  const locale = localeOf[language];
  const formatter = createFormatter(kind, locale);
  formatters.set(cacheKey, formatter);
  return formatter;
}

function createFormatter(kind: FormatterKind, locale: string): Intl.DateTimeFormat | Intl.NumberFormat {
  switch (kind) {
    case 'date':
      return new Intl.DateTimeFormat(locale, { timeZone: displayTimeZone, day: 'numeric', month: 'long', year: 'numeric' });
    case 'short-date':
      return new Intl.DateTimeFormat(locale, { timeZone: displayTimeZone, day: 'numeric', month: 'short', year: 'numeric' });
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
      return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    case 'whole-money':
      return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    case 'number':
      return new Intl.NumberFormat(locale);
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

/** Machine-readable value for a <time datetime> attribute. */
export function toIsoString(value: string | Date): string {
  const date = toDate(value);
  return date ? date.toISOString() : '';
}

/**
 * Money is stored as integer euro cents; 1234500 is "12.345,00 €" in Greek and "€12,345.00" in English.
 * `isWholeEuros` rounds to the euro ("12.345 €") for totals where cents are noise.
 */
export function formatMoneyCents(cents: number, language: Language, options?: { isWholeEuros?: boolean }): string {
  return getFormatter(options?.isWholeEuros ? 'whole-money' : 'money', language).format(cents / 100);
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
