import { A } from '@solidjs/router';
import { PageHeader } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useI18n } from '../../i18n/index.tsx';

export default function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(() => t('notFound.title'));
  return (
    <div class="page">
      <PageHeader title={t('notFound.title')} intro={t('notFound.body')} />
      <p>
        <A href="/" class="button button--primary" end activeClass="" inactiveClass="">
          {t('notFound.home')}
        </A>
      </p>
    </div>
  );
}
