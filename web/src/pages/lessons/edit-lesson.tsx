import { createAsync, revalidate, useAction, useNavigate, useParams, useSubmission } from '@solidjs/router';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Lesson } from '../../lib/api-types.ts';
import { KnowledgeEditForm, KnowledgeEditPage } from './knowledge-edit-page.tsx';
import { LessonForm } from './lesson-form.tsx';
import { deleteLessonAction, getLesson, updateLessonAction } from './lessons.data.ts';

export default function EditLessonPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const lesson = createAsync(() => getLesson(params.id));

  return (
    <KnowledgeEditPage
      backHref="/lessons"
      backLabel={t('lessons.back')}
      errorTitle={t('lessons.form.editTitle')}
      notFoundTitle={t('lessons.notFound.title')}
      notFoundBody={t('lessons.notFound.body')}
      conflictMessage={t('lessons.form.conflictReloaded')}
      item={lesson()}
      refetch={() => revalidate(getLesson.keyFor(params.id))}
    >
      {(value, onConflict) => <EditLesson lesson={value} onConflict={onConflict} />}
    </KnowledgeEditPage>
  );
}

function EditLesson(props: { lesson: Lesson; onConflict: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const submission = useSubmission(updateLessonAction);
  const updateLesson = useAction(updateLessonAction);
  const deleteLesson = useAction(deleteLessonAction);

  return (
    <KnowledgeEditForm
      title={t('lessons.form.editTitle')}
      intro={props.lesson.title}
      canEdit={props.lesson.canEdit}
      forbiddenTitle={t('lessons.form.forbidden.title')}
      forbiddenBody={t('lessons.form.forbiddenEdit')}
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
    </KnowledgeEditForm>
  );
}
