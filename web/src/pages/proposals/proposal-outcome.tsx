import { A, createAsync, revalidate, useAction } from '@solidjs/router';
import { createSignal, Show, untrack } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { BusyButton } from '../../components/busy-button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { createFormErrors, FormErrorAlert } from '../../components/form-errors.tsx';
import { TextField } from '../../components/form-field.tsx';
import { FormActions } from '../../components/form-frame.tsx';
import { createForgetOnEdit, createSubmitHandler } from '../../components/form-submit.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import type { Outcome } from '../../lib/api-types.ts';
import { formatDateTime, formatMoneyCents, formatNumber, toIsoString } from '../../lib/format.ts';
import { rolesThatWriteLessons } from '../../lib/lesson-form.ts';
import { formatCentsForInput } from '../../lib/need-form.ts';
import { checkOutcomeFile, formatFileSize, isDecided, outcomeFeedbackMaxLength, outcomeFieldOfBodyProperty, readOutcomeForm } from '../../lib/outcome-form.ts';
import type { Proposal } from '../../lib/proposal-types.ts';
import { hasRole } from '../../lib/roles.ts';
import { useSession } from '../../session.tsx';
import { deleteOutcomeFileAction, getOutcome, outcomeAttachmentHref, saveOutcomeAction, uploadOutcomeFileAction } from './proposal-outcome.data.ts';

/**
 * What came of the proposal once submitted: the amounts asked and granted, the evaluators' score and words,
 * and their report as a PDF; kept so that the next team learns from it. Shown from submission on.
 */
export function ProposalOutcome(props: { proposal: Proposal }) {
  const { t } = useI18n();
  const session = useSession();
  const outcome = createAsync(() => getOutcome(props.proposal.id));
  // Officers write lessons about the proposals they work on; the coordination team about any.
  const canRecordLesson = () =>
    hasRole(session.user()?.role, rolesThatWriteLessons) && (session.user()?.role !== 'officer' || props.proposal.access === 'edit');

  return (
    <Show when={isDecided(props.proposal.status)}>
      <section class="proposal-outcome" aria-labelledby="proposal-outcome-title">
        <div class="proposal-outcome__head">
          <h2 id="proposal-outcome-title">{t('outcome.title')}</h2>
          <Show when={canRecordLesson()}>
            <A
              href={`/lessons/new?proposal=${encodeURIComponent(props.proposal.id)}`}
              class="button button--secondary"
              activeClass=""
              inactiveClass=""
              end
            >
              {t('outcome.recordLesson')}
            </A>
          </Show>
        </div>
        <AsyncBoundary refetch={() => revalidate(getOutcome.keyFor(props.proposal.id))}>
          <Show when={outcome()}>{(current) => <OutcomeView proposal={props.proposal} outcome={current()} />}</Show>
        </AsyncBoundary>
      </section>
    </Show>
  );
}

function OutcomeView(props: { proposal: Proposal; outcome: Outcome }) {
  const { t, tValue, language } = useI18n();
  const canEdit = () => props.proposal.access === 'edit';
  const [isEditing, setIsEditing] = createSignal(false);
  const [isConflict, setIsConflict] = createSignal(false);
  const money = (cents: number | null) =>
    cents === null ? <span class="not-stated">{t('common.notStated')}</span> : formatMoneyCents(cents, language());
  const score = () => {
    const { evaluatorScore, evaluatorMaxScore } = props.outcome;
    if (evaluatorScore === null) return <span class="not-stated">{t('common.notStated')}</span>;
    const points = formatNumber(evaluatorScore, language());
    return evaluatorMaxScore === null ? points : t('outcome.scoreOf', { score: points, max: formatNumber(evaluatorMaxScore, language()) });
  };
  let editButton: HTMLButtonElement | undefined;
  const closeForm = () => {
    setIsEditing(false);
    requestAnimationFrame(() => editButton?.focus());
  };

  return (
    <>
      <Show when={isConflict()}>
        <p class="inline-error" role="alert">
          {t('outcome.conflict')}
        </p>
      </Show>
      <Show
        when={isEditing()}
        fallback={
          <>
            <dl class="outcome-facts">
              <div class="outcome-facts__item">
                <dt>{t('outcome.status')}</dt>
                <dd>
                  <span class={`badge badge--proposal-${props.proposal.status}`}>{tValue('proposal.status', props.proposal.status)}</span>
                </dd>
              </div>
              <div class="outcome-facts__item">
                <dt>{t('outcome.requested')}</dt>
                <dd class="outcome-facts__number">{money(props.outcome.requestedCents)}</dd>
              </div>
              <div class="outcome-facts__item">
                <dt>{t('outcome.awarded')}</dt>
                <dd class="outcome-facts__number">{money(props.outcome.awardedCents)}</dd>
              </div>
              <div class="outcome-facts__item">
                <dt>{t('outcome.score')}</dt>
                <dd class="outcome-facts__number">{score()}</dd>
              </div>
            </dl>
            <div class="outcome-feedback">
              <h3 class="outcome-feedback__title">{t('outcome.feedback')}</h3>
              <Show when={props.outcome.feedback.trim()} fallback={<p class="panel-empty">{t('outcome.noFeedback')}</p>}>
                <p class="outcome-feedback__text">{props.outcome.feedback}</p>
              </Show>
            </div>
            <Show when={props.outcome.updatedAt}>
              {(updatedAt) => (
                <p class="outcome-updated muted">
                  {t('outcome.updatedAt')} <time datetime={toIsoString(updatedAt())}>{formatDateTime(updatedAt(), language())}</time>
                </p>
              )}
            </Show>
            <Show when={canEdit()}>
              <button
                ref={editButton}
                type="button"
                class="button button--secondary"
                onClick={() => {
                  setIsConflict(false);
                  setIsEditing(true);
                }}
              >
                {props.outcome.version === 0 ? t('outcome.record') : t('outcome.edit')}
              </button>
            </Show>
          </>
        }
      >
        <OutcomeForm
          proposalId={props.proposal.id}
          outcome={props.outcome}
          onDone={closeForm}
          onConflict={() => {
            setIsConflict(true);
            closeForm();
            void revalidate(getOutcome.keyFor(props.proposal.id));
          }}
        />
      </Show>
      <OutcomeReport proposalId={props.proposal.id} outcome={props.outcome} canEdit={canEdit()} />
    </>
  );
}

/** Amounts are typed as text: type="number" would refuse a Greek "250.000,50". */
function OutcomeForm(props: { proposalId: string; outcome: Outcome; onDone: () => void; onConflict: () => void }) {
  const { t, language } = useI18n();
  const saveOutcome = useAction(saveOutcomeAction);
  const [isBusy, setIsBusy] = createSignal(false);
  const errors = createFormErrors({ idPrefix: 'outcome', fieldOfBodyProperty: outcomeFieldOfBodyProperty });
  const { errorOf } = errors;
  const onSubmit = createSubmitHandler({
    errors,
    read: readOutcomeForm,
    isBusy,
    save: async ({ outcome }) => {
      setIsBusy(true);
      try {
        await saveOutcome(props.proposalId, { ...outcome, version: props.outcome.version });
        props.onDone();
      } catch (error) {
        if (!isApiError(error, 409)) throw error;
        if (error.code === 'proposal_not_decided') errors.setFailure('outcome.notDecided');
        else props.onConflict();
      } finally {
        setIsBusy(false);
      }
    },
  });
  const onInput = createForgetOnEdit(errors);
  // Written once, the way the language of the moment writes amounts; both ways are read back.
  const amount = (cents: number | null) => untrack(() => formatCentsForInput(cents, language()));
  // Points without grouping ("1000", never "1.000"), with the decimal comma in Greek: parseScore reads both.
  const points = (value: number | null) => (value === null ? '' : untrack(() => String(value).replace('.', language() === 'el' ? ',' : '.')));

  return (
    <form
      class="form outcome-form"
      method="post"
      novalidate
      aria-label={t('outcome.formLabel')}
      onSubmit={(event) => void onSubmit(event)}
      onInput={onInput}
      onChange={onInput}
      ref={(form) => requestAnimationFrame(() => form.querySelector<HTMLInputElement>('input')?.focus())}
    >
      <FormErrorAlert failure={errors.failure()} generalErrors={errors.generalErrors()} />
      <div class="form__row">
        <TextField id="outcome-requested" name="requested" label={t('outcome.requested')} hint={t('outcome.amountHint')} error={errorOf('requested')}>
          {(attributes) => (
            <span class="input-suffix">
              <input {...attributes} type="text" inputmode="decimal" autocomplete="off" value={amount(props.outcome.requestedCents)} />
              <span class="input-suffix__unit" aria-hidden="true">
                €
              </span>
            </span>
          )}
        </TextField>
        <TextField id="outcome-awarded" name="awarded" label={t('outcome.awarded')} hint={t('outcome.amountHint')} error={errorOf('awarded')}>
          {(attributes) => (
            <span class="input-suffix">
              <input {...attributes} type="text" inputmode="decimal" autocomplete="off" value={amount(props.outcome.awardedCents)} />
              <span class="input-suffix__unit" aria-hidden="true">
                €
              </span>
            </span>
          )}
        </TextField>
      </div>
      <div class="form__row">
        <TextField id="outcome-score" name="score" label={t('outcome.scoreField')} error={errorOf('score')}>
          {(attributes) => <input {...attributes} type="text" inputmode="decimal" autocomplete="off" value={points(props.outcome.evaluatorScore)} />}
        </TextField>
        <TextField id="outcome-maxScore" name="maxScore" label={t('outcome.maxScoreField')} error={errorOf('maxScore')}>
          {(attributes) => <input {...attributes} type="text" inputmode="decimal" autocomplete="off" value={points(props.outcome.evaluatorMaxScore)} />}
        </TextField>
      </div>
      <TextField id="outcome-feedback" name="feedback" label={t('outcome.feedback')} hint={t('outcome.feedbackHint')} error={errorOf('feedback')}>
        {(attributes) => (
          <textarea {...attributes} rows={5} maxLength={outcomeFeedbackMaxLength}>
            {props.outcome.feedback}
          </textarea>
        )}
      </TextField>
      <FormActions isBusy={isBusy()} busyLabel={t('outcome.saving')} submitLabel={t('outcome.save')} cancel={{ onClick: () => props.onDone() }} />
    </form>
  );
}

const uploadErrors: Partial<Record<number, MessageKey>> = {
  413: 'outcome.file.error.tooLarge',
  415: 'outcome.file.error.notPdf',
};

/** The evaluators' report: a link to download it, and for editors a PDF to upload in its place or to delete. */
function OutcomeReport(props: { proposalId: string; outcome: Outcome; canEdit: boolean }) {
  const { t, language } = useI18n();
  const uploadFile = useAction(uploadOutcomeFileAction);
  const deleteFile = useAction(deleteOutcomeFileAction);
  const [isBusy, setIsBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<MessageKey | null>(null);
  const [isUploaded, setIsUploaded] = createSignal(false);
  let input: HTMLInputElement | undefined;

  const upload = async (event: SubmitEvent) => {
    event.preventDefault();
    if (isBusy()) return;
    setIsUploaded(false);
    const file = input?.files?.[0];
    if (!file) {
      setProblem('outcome.file.error.none');
      input?.focus();
      return;
    }
    const refused = checkOutcomeFile(file);
    if (refused) {
      setProblem(refused);
      input?.focus();
      return;
    }
    setProblem(null);
    setIsBusy(true);
    try {
      await uploadFile(props.proposalId, file);
      if (input) input.value = '';
      setIsUploaded(true);
    } catch (error) {
      const status = isApiError(error) ? error.status : 0;
      setProblem(uploadErrors[status] ?? (status === 0 ? 'common.error.network' : 'outcome.file.error.failed'));
      input?.focus();
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div class="outcome-report">
      <h3 class="outcome-feedback__title">{t('outcome.report')}</h3>
      <Show when={props.outcome.attachment} fallback={<p class="panel-empty">{t('outcome.noReport')}</p>}>
        {(attachment) => (
          <div class="outcome-report__file">
            <a href={outcomeAttachmentHref(props.proposalId)} download={attachment().name}>
              {attachment().name}
            </a>
            <span class="muted"> ({formatFileSize(attachment().bytes, language())})</span>
            <Show when={props.canEdit}>
              <ConfirmButton
                label={t('outcome.file.delete')}
                accessibleLabel={t('outcome.file.deleteNamed', { name: attachment().name })}
                question={t('outcome.file.deleteQuestion')}
                confirmLabel={t('outcome.file.delete')}
                busyLabel={t('outcome.file.deleting')}
                failedMessage={t('outcome.file.error.failed')}
                onConfirm={() => deleteFile(props.proposalId)}
              />
            </Show>
          </div>
        )}
      </Show>
      <Show when={props.canEdit}>
        <form class="outcome-upload" novalidate onSubmit={(event) => void upload(event)}>
          <label class="field__label" for="outcome-file">
            {props.outcome.attachment ? t('outcome.file.replace') : t('outcome.file.label')}
          </label>
          <span id="outcome-file-hint" class="field__hint">
            {t('outcome.file.hint')}
          </span>
          <div class="outcome-upload__row">
            <input
              ref={input}
              id="outcome-file"
              name="file"
              class="field__input outcome-upload__input"
              type="file"
              accept="application/pdf,.pdf"
              aria-describedby={problem() ? 'outcome-file-hint outcome-file-error' : 'outcome-file-hint'}
              aria-invalid={problem() ? 'true' : undefined}
              onChange={() => {
                setProblem(null);
                setIsUploaded(false);
              }}
            />
            <BusyButton type="submit" class="button button--secondary" isBusy={isBusy()} busyLabel={t('outcome.file.uploading')}>
              {t('outcome.file.upload')}
            </BusyButton>
          </div>
          <Show when={problem()}>
            {(key) => (
              <p id="outcome-file-error" class="field__error" role="alert">
                {t(key())}
              </p>
            )}
          </Show>
          <Show when={isUploaded()}>
            <p class="form__success" role="status">
              {t('outcome.file.uploaded')}
            </p>
          </Show>
        </form>
      </Show>
    </div>
  );
}
