import { A } from '@solidjs/router';
import { PageHeader } from './page-header.tsx';
import { usePageTitle } from './page-title.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';

/** A section whose content comes with later work: its title, what it is for, and an honest empty state. */
export function SectionInPreparation(props: { title: MessageKey; intro: MessageKey }) {
  const { t } = useI18n();
  usePageTitle(() => t(props.title));
  return (
    <div class="page">
      <PageHeader title={t(props.title)} intro={t(props.intro)} />
      <div class="notice notice--empty notice--preparing">
        <svg class="notice__icon" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
          <rect x="8" y="10" width="32" height="30" rx="4" fill="none" stroke="currentColor" stroke-width="2.5" />
          <path d="M8 18 H40 M16 6 V14 M32 6 V14 M16 27 H32 M16 33 H26" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        </svg>
        <h2 class="notice__title">{t('section.preparing.title')}</h2>
        <p>{t('section.preparing.body')}</p>
        <p>
          <A href="/municipalities" class="button button--secondary" activeClass="" inactiveClass="">
            {t('section.preparing.link')}
          </A>
        </p>
      </div>
    </div>
  );
}
