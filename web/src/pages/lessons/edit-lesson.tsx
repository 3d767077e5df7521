import { createAsync, revalidate, useAction, useNavigate, useParams, useSubmission } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { DetailPage } from '../../components/detail-page.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DocumentTitle } from '../../components/page-title.ts';
import { InfoNotice } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Lesson } from '../../lib/api-types.ts';
import { LessonForm } from './lesson-form.tsx';
import { deleteLessonAction, getLesson, updateLessonAction } from './lessons.data.ts';

export default function EditLessonPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const lesson = createAsync(() => getLesson(params.id));
  const [isConflict, setIsConflict] = createSignal(false);

  return (
    <DetailPage
      backHref="/lessons"
      backLabel={t('lessons.back')}
      errorTitle={t('lessons.form.editTitle')}
      notFoundTitle={t('lessons.notFound.title')}
      notFoundBody={t('lessons.notFound.body')}
      hasBackButtonWhenNotFound
      refetch={() => revalidate(getLesson.keyFor(params.id))}
    >
      {/* Built anew from each version read, so that after a conflict the form shows what is stored now. */}
      <Show when={isConflict()}>
        <p class="inline-error knowledge-conflict" role="alert">
          {t('lessons.form.conflictReloaded')}
        </p>
      </Show>
      <Show when={lesson()} keyed>
        {(value) => (
          <EditLesson
            lesson={value}
            onConflict={() => {
              setIsConflict(true);
              void revalidate(getLesson.keyFor(params.id));
            }}
          />
        )}
      </Show>
    </DetailPage>
  );
}

function EditLesson(props: { lesson: Lesson; onConflict: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const submission = useSubmission(updateLessonAction);
  const updateLesson = useAction(updateLessonAction);
  const deleteLesson = useAction(deleteLessonAction);

  return (
    <div class="page--narrow">
      <DocumentTitle title={t('lessons.form.editTitle')} />
      <PageHeader title={t('lessons.form.editTitle')} intro={props.lesson.title} />
      <Show
        when={props.lesson.canEdit}
        fallback={
          <InfoNotice title={t('lessons.form.forbidden.title')}>
            <p>{t('lessons.form.forbiddenEdit')}</p>
          </InfoNotice>
        }
      >
        <LessonForm
          lesson={props.lesson}
          proposalId={props.lesson.proposalId}
          hasMunicipality={props.lesson.municipality !== null}
          heading={t('lessons.form.editTitle')}
          submitLabel={t('lessons.form.submitEdit')}
          cancelHref="/lessons"
          isBusy={submission.pending ?? false}
          save={({ proposalId: _proposalId, ...change }) => updateLesson(props.lesson.id, { ...change, version: props.lesson.version })}
          onSaved={() => {
            submission.clear?.();
            navigate('/lessons');
          }}
          onConflict={props.onConflict}
        />
        <section class="danger-zone" aria-labelledby="lesson-delete-heading">
          <h2 id="lesson-delete-heading">{t('lessons.delete.title')}</h2>
          <p class="muted">{t('lessons.delete.body')}</p>
          <ConfirmButton
            label={t('lessons.delete.button')}
            question={t('lessons.delete.question')}
            confirmLabel={t('lessons.delete.confirm')}
            busyLabel={t('lessons.delete.busy')}
            failedMessage={t('lessons.delete.failed')}
            onConfirm={async () => {
              await deleteLesson(props.lesson.id);
              navigate('/lessons');
            }}
          />
        </section>
      </Show>
    </div>
  );
}
