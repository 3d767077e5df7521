import { createContext, createEffect, createSignal, onCleanup, useContext, type Accessor, type ParentProps } from 'solid-js';
import { formatCount, type PluralForm } from '../lib/format.ts';
import { el, type MessageKey } from './el.ts';
import { en } from './en.ts';
import { defaultLanguage, isLanguage, type Language } from './language.ts';

export type { MessageKey } from './el.ts';
export { languages, type Language } from './language.ts';

const dictionaries: Record<Language, Record<MessageKey, string>> = { el, en };

/** Keys that come as a `.one` / `.other` pair, named without the suffix. */
export type CountKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

export type MessageParams = Record<string, string | number>;

const storageKey = 'cni.language';

function readStoredLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    // Storage can be unavailable (privacy settings); the default language still works.
    return defaultLanguage;
  }
}

function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // See readStoredLanguage.
  }
}

function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export interface I18n {
  language: Accessor<Language>;
  setLanguage: (language: Language) => void;
  /** The message in the current language, with `{name}` placeholders filled from `params`. */
  t: (key: MessageKey, params?: MessageParams) => string;
  /** The singular or plural message for `count`, e.g. tCount('needs.count', 1) → "1 ανάγκη". */
  tCount: (key: CountKey, count: number, params?: MessageParams) => string;
  /**
   * The name of a value of a controlled list, e.g. tValue('programme', 'esf-plus') → "ΕΚΤ+". A value this
   * version does not know yet (a newer API) is shown as it is.
   */
  tValue: (prefix: string, value: string) => string;
}

const I18nContext = createContext<I18n>();

export function LanguageProvider(props: ParentProps) {
  const [language, setLanguageSignal] = createSignal<Language>(readStoredLanguage());

  createEffect(() => {
    document.documentElement.lang = language();
  });

  // Keep several open tabs in the same language.
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey && isLanguage(event.newValue)) setLanguageSignal(event.newValue);
  };
  window.addEventListener('storage', onStorage);
  onCleanup(() => window.removeEventListener('storage', onStorage));

  const i18n: I18n = {
    language,
    setLanguage(next) {
      setLanguageSignal(next);
      storeLanguage(next);
    },
    t(key, params) {
      return interpolate(dictionaries[language()][key], params);
    },
    tCount(key, count, params) {
      const dictionary = dictionaries[language()];
      const forms: Record<PluralForm, string> = {
        one: interpolate(dictionary[`${key}.one` as MessageKey], params),
        other: interpolate(dictionary[`${key}.other` as MessageKey], params),
      };
      return formatCount(count, forms, language());
    },
    tValue(prefix, value) {
      const dictionary = dictionaries[language()];
      const key = `${prefix}.${value}`;
      return Object.hasOwn(dictionary, key) ? dictionary[key as MessageKey] : value;
    },
  };

  return <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <LanguageProvider>');
  return i18n;
}
