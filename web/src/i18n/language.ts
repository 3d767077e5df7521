export const languages = ['el', 'en'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'el';

// en-GB rather than en-US: day-month order and 24-hour times are what Greek colleagues expect.
export const localeOf: Record<Language, string> = { el: 'el-GR', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return value === 'el' || value === 'en';
}
