import { localeOf, type Language } from '../i18n/language.ts';

const listFormats = new Map<Language, Intl.ListFormat>();

/** "Αθήνα, Πειραιάς και Λάρισα" / "Athens, Piraeus and Larissa": names in a sentence, as each language joins them. */
export function formatNameList(names: readonly string[], language: Language): string {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(localeOf[language], { style: 'long', type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format.format(names);
}
