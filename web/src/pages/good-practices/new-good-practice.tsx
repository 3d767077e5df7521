import { useAction, useNavigate, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { InfoNotice } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { rolesThatWritePractices } from '../../lib/practice-form.ts';
import { hasRole } from '../../lib/roles.ts';
import { useSession } from '../../session.tsx';
import { createPracticeAction } from './good-practices.data.ts';
import { PracticeForm } from './practice-form.tsx';

/** A new good practice, written up by the coordination team for the whole network. */
export default function NewGoodPracticePage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const submission = useSubmission(createPracticeAction);
  const createPractice = useAction(createPracticeAction);
  usePageTitle(() => t('practices.form.newTitle'));

  return (
    <div class="page page--narrow">
      <Breadcrumb href="/good-practices" label={t('practices.back')} />
      <PageHeader title={t('practices.form.newTitle')} intro={t('practices.form.intro')} />
      <Show
        when={hasRole(session.user()?.role, rolesThatWritePractices)}
        fallback={
          <InfoNotice title={t('practices.form.forbidden.title')}>
            <p>{t('practices.form.forbidden.body')}</p>
          </InfoNotice>
        }
      >
        <PracticeForm
          heading={t('practices.form.newTitle')}
          submitLabel={t('practices.form.submitNew')}
          cancelHref="/good-practices"
          isBusy={submission.pending ?? false}
          save={(practice) => createPractice(practice)}
          onSaved={(practice) => {
            submission.clear?.();
            navigate(`/good-practices/${encodeURIComponent(practice.id)}`);
          }}
        />
      </Show>
    </div>
  );
}
