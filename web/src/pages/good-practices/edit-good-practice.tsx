import { createAsync, revalidate, useAction, useNavigate, useParams, useSubmission } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { DetailPage } from '../../components/detail-page.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DocumentTitle } from '../../components/page-title.ts';
import { InfoNotice } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { GoodPractice } from '../../lib/api-types.ts';
import { getPractice, updatePracticeAction } from './good-practices.data.ts';
import { PracticeForm } from './practice-form.tsx';

export default function EditGoodPracticePage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const practice = createAsync(() => getPractice(params.id));
  const [isConflict, setIsConflict] = createSignal(false);
  return (
    <DetailPage
      backHref={`/good-practices/${encodeURIComponent(params.id)}`}
      backLabel={t('practices.form.backToPractice')}
      errorTitle={t('practices.form.editTitle')}
      notFoundTitle={t('practices.notFound.title')}
      notFoundBody={t('practices.notFound.body')}
      hasBackButtonWhenNotFound
      refetch={() => revalidate(getPractice.keyFor(params.id))}
    >
      {/* Built anew from each version read, so that after a conflict the form shows what is stored now. */}
      <Show when={isConflict()}>
        <p class="inline-error knowledge-conflict" role="alert">
          {t('practices.form.conflictReloaded')}
        </p>
      </Show>
      <Show when={practice()} keyed>
        {(value) => (
          <EditPractice
            practice={value}
            onConflict={() => {
              setIsConflict(true);
              void revalidate(getPractice.keyFor(params.id));
            }}
          />
        )}
      </Show>
    </DetailPage>
  );
}

function EditPractice(props: { practice: GoodPractice; onConflict: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const submission = useSubmission(updatePracticeAction);
  const updatePractice = useAction(updatePracticeAction);
  const practiceHref = () => `/good-practices/${encodeURIComponent(props.practice.id)}`;
  return (
    <div class="page--narrow">
      <DocumentTitle title={t('practices.form.editTitle')} />
      <PageHeader title={t('practices.form.editTitle')} intro={props.practice.title} />
      <Show
        when={props.practice.canEdit}
        fallback={
          <InfoNotice title={t('practices.form.forbidden.title')}>
            <p>{t('practices.form.forbidden.body')}</p>
          </InfoNotice>
        }
      >
        <PracticeForm
          practice={props.practice}
          heading={t('practices.form.editTitle')}
          submitLabel={t('practices.form.submitEdit')}
          cancelHref={practiceHref()}
          isBusy={submission.pending ?? false}
          save={(practice) => updatePractice(props.practice.id, { ...practice, version: props.practice.version })}
          onSaved={() => {
            submission.clear?.();
            navigate(practiceHref());
          }}
          onConflict={props.onConflict}
        />
      </Show>
    </div>
  );
}
