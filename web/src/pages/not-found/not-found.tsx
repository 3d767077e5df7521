import { A } from '@solidjs/router';
import { usePageTitle } from '../../components/page-title.ts';
import { useI18n } from '../../i18n/index.tsx';

export default function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(() => t('notFound.title'));
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('notFound.title')}</h1>
        <p class="page-header__intro">{t('notFound.body')}</p>
      </header>
      <p>
        <A href="/" class="button button--primary" end activeClass="" inactiveClass="">
          {t('notFound.home')}
        </A>
      </p>
    </div>
  );
}
