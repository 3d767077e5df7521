import { For } from 'solid-js';
import { languages, useI18n } from '../i18n/index.tsx';

export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div class="language-switcher" role="group" aria-label={t('language.switcher')}>
      <For each={languages}>
        {(option) => (
          <button
            type="button"
            class="language-switcher__button"
            lang={option}
            title={t(`language.${option}`)}
            aria-pressed={language() === option ? 'true' : 'false'}
            onClick={() => setLanguage(option)}
          >
            {option.toUpperCase()}
          </button>
        )}
      </For>
    </div>
  );
}
