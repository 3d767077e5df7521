import { createAsync, revalidate, useAction, useNavigate, useParams, useSubmission } from '@solidjs/router';
import { useI18n } from '../../i18n/index.tsx';
import type { GoodPractice } from '../../lib/api-types.ts';
import { KnowledgeEditForm, KnowledgeEditPage } from '../lessons/knowledge-edit-page.tsx';
import { getPractice, updatePracticeAction } from './good-practices.data.ts';
import { PracticeForm } from './practice-form.tsx';

export default function EditGoodPracticePage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const practice = createAsync(() => getPractice(params.id));
  return (
    <KnowledgeEditPage
      backHref={`/good-practices/${encodeURIComponent(params.id)}`}
      backLabel={t('practices.form.backToPractice')}
      errorTitle={t('practices.form.editTitle')}
      notFoundTitle={t('practices.notFound.title')}
      notFoundBody={t('practices.notFound.body')}
      conflictMessage={t('practices.form.conflictReloaded')}
      item={practice()}
      refetch={() => revalidate(getPractice.keyFor(params.id))}
    >
      {(value, onConflict) => <EditPractice practice={value} onConflict={onConflict} />}
    </KnowledgeEditPage>
  );
}

function EditPractice(props: { practice: GoodPractice; onConflict: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const submission = useSubmission(updatePracticeAction);
  const updatePractice = useAction(updatePracticeAction);
  const practiceHref = () => `/good-practices/${encodeURIComponent(props.practice.id)}`;
  return (
    <KnowledgeEditForm
      title={t('practices.form.editTitle')}
      intro={props.practice.title}
      canEdit={props.practice.canEdit}
      forbiddenTitle={t('practices.form.forbidden.title')}
      forbiddenBody={t('practices.form.forbidden.body')}
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
    </KnowledgeEditForm>
  );
}
