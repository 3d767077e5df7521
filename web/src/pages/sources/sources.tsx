import { A, createAsync, revalidate, useAction, useSubmission } from '@solidjs/router';
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { BusyButton } from '../../components/busy-button.tsx';
import { createFormErrors, FormErrorAlert } from '../../components/form-errors.tsx';
import { FieldError, SelectField, TextField } from '../../components/form-field.tsx';
import { createSubmitHandler } from '../../components/form-submit.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { EmptyState, InfoNotice } from '../../components/status.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import { sourceKinds, type Source, type SourceRun } from '../../lib/api-types.ts';
import { formatDateTime, formatDurationMs, formatNumber, toIsoString } from '../../lib/format.ts';
import { isWebAddress } from '../../lib/forms.ts';
import { createNow } from '../../lib/now.ts';
import { assessSourceHealth } from '../../lib/source-health.ts';
import { defaultSourceSchedule, readSourceForm, sourceFieldOfBodyProperty } from '../../lib/source-form.ts';
import {
  createSourceAction,
  deleteSourceAction,
  getSourceRuns,
  getSources,
  runSourceAction,
  setSourceEnabledAction,
} from './sources.data.ts';

export default function SourcesPage() {
  const { t, tCount } = useI18n();
  const answer = createAsync(() => getSources());
  const now = createNow();
  usePageTitle(() => t('sources.title'));

  const sources = () => {
    const value = answer();
    return value?.isVisible ? value.sources : undefined;
  };

  return (
    <div class="page">
      <PageHeader title={t('sources.title')} intro={t('sources.intro')} />
      <AsyncBoundary refetch={() => revalidate(getSources.key)}>
        <Switch>
          <Match when={answer()?.isVisible === false}>
            <InfoNotice title={t('sources.forbidden.title')}>
              <p>{t('sources.forbidden.body')}</p>
              <p>
                <A href="/calls" class="button button--secondary" activeClass="" inactiveClass="" end>
                  {t('sources.forbidden.link')}
                </A>
              </p>
            </InfoNotice>
          </Match>
          <Match when={sources()}>
            {(list) => (
              <>
                <Show
                  when={list().length > 0}
                  fallback={
                    <EmptyState title={t('sources.empty.title')}>
                      <p>{t('sources.empty.body')}</p>
                    </EmptyState>
                  }
                >
                  <p class="result-count">{tCount('sources.count', list().length)}</p>
                  <ul class="source-list">
                    {/* Keyed by id: after a run or a toggle the list is fetched again, and each card must stay
                        the same component (keeping the run's figures and the open run log), not be built anew. */}
                    <For each={list().map((source) => source.id)}>
                      {(sourceId) => (
                        <Show when={list().find((source) => source.id === sourceId)}>
                          {(source) => <SourceCard source={source()} now={now()} />}
                        </Show>
                      )}
                    </For>
                  </ul>
                </Show>
                <AddSourceForm />
              </>
            )}
          </Match>
        </Switch>
      </AsyncBoundary>
    </div>
  );
}

function SourceCard(props: { source: Source; now: Date }) {
  const { t, tValue, language } = useI18n();
  const health = () => assessSourceHealth(props.source, props.now);
  const id = () => props.source.id;
  const headingId = () => `source-${id()}`;

  const runSubmission = useSubmission(runSourceAction, ([sourceId]) => sourceId === props.source.id);
  const runSource = useAction(runSourceAction);
  const [runOutcome, setRunOutcome] = createSignal<
    { run: SourceRun } | { failure: MessageKey; message?: string } | null
  >(null);

  const toggleSubmission = useSubmission(setSourceEnabledAction, ([sourceId]) => sourceId === props.source.id);
  const setEnabled = useAction(setSourceEnabledAction);
  const [toggleFailed, setToggleFailed] = createSignal(false);

  const deleteSubmission = useSubmission(deleteSourceAction, ([sourceId]) => sourceId === props.source.id);
  const deleteSource = useAction(deleteSourceAction);
  const [isConfirmingDelete, setIsConfirmingDelete] = createSignal(false);
  const [deleteFailed, setDeleteFailed] = createSignal(false);
  let deleteButton: HTMLButtonElement | undefined;
  let cancelDeleteButton: HTMLButtonElement | undefined;

  const [isHistoryOpen, setIsHistoryOpen] = createSignal(false);

  const isEnabledShown = () =>
    toggleSubmission.pending && toggleSubmission.input ? Boolean(toggleSubmission.input[1]) : props.source.enabled;

  const run = async () => {
    if (runSubmission.pending) return;
    setRunOutcome(null);
    try {
      const result = await runSource(id());
      setRunOutcome({ run: result });
    } catch (error) {
      if (isApiError(error, 409)) setRunOutcome({ failure: 'source.run.conflict' });
      else if (isApiError(error, 400)) setRunOutcome({ failure: 'source.run.refused', message: error.message });
      else setRunOutcome({ failure: 'source.run.requestFailed' });
    }
  };

  const toggle = async (enabled: boolean) => {
    setToggleFailed(false);
    try {
      await setEnabled(id(), enabled);
    } catch {
      setToggleFailed(true);
    }
  };

  const askToDelete = () => {
    setDeleteFailed(false);
    setIsConfirmingDelete(true);
    cancelDeleteButton?.focus();
  };

  const cancelDelete = () => {
    setIsConfirmingDelete(false);
    deleteButton?.focus();
  };

  const confirmDelete = async () => {
    try {
      await deleteSource(id());
      // The card is about to disappear with the focus in it: start again from the page's content.
      document.getElementById('main')?.focus();
    } catch {
      setDeleteFailed(true);
      setIsConfirmingDelete(false);
    }
  };

  return (
    <li class={`card source-card source-card--${health().level}`}>
      <article aria-labelledby={headingId()}>
        <div class="source-card__top">
          <h2 id={headingId()} class="source-card__name">
            {props.source.name}
          </h2>
          <span class="badge badge--neutral">{tValue('source.kind', props.source.kind)}</span>
        </div>
        <p class={`health health--${health().level}`}>
          <span class="health__dot" aria-hidden="true" />
          <span class="health__label">{t(`source.health.${health().level}`)}</span>
          <span class="health__reason">{t(`source.health.reason.${health().reason}`)}</span>
        </p>

        <dl class="source-card__details">
          <Show when={props.source.url}>
            {(url) => (
              <div class="source-card__wide">
                <dt>{t('source.url')}</dt>
                <dd>
                  <Show when={isWebAddress(url())} fallback={<code>{url()}</code>}>
                    <a class="source-card__url" href={url()} target="_blank" rel="noopener noreferrer">
                      {url()}
                      <span class="visually-hidden"> {t('common.newTab')}</span>
                    </a>
                  </Show>
                </dd>
              </div>
            )}
          </Show>
          <Show when={props.source.schedule}>
            {(schedule) => (
              <div>
                <dt>{t('source.schedule')}</dt>
                <dd>
                  <code class="cron">{schedule()}</code>
                </dd>
              </div>
            )}
          </Show>
          <div>
            <dt>{t('source.callCount')}</dt>
            <dd>{formatNumber(props.source.callCount, language())}</dd>
          </div>
          <Show when={props.source.kind !== 'manual'}>
            <div>
              <dt>{t('source.lastSuccess')}</dt>
              <dd>
                <Show when={props.source.lastSuccessAt} fallback={t('common.never')}>
                  {(at) => <time datetime={toIsoString(at())}>{formatDateTime(at(), language())}</time>}
                </Show>
              </dd>
            </div>
            <div>
              <dt>{t('source.lastRun')}</dt>
              <dd>
                <Show when={props.source.lastRun} fallback={t('common.never')}>
                  {(lastRun) => (
                    <>
                      <time datetime={toIsoString(lastRun().startedAt)}>{formatDateTime(lastRun().startedAt, language())}</time>
                      {' · '}
                      <span class={`run-status run-status--${lastRun().status}`}>{tValue('run.status', lastRun().status)}</span>
                    </>
                  )}
                </Show>
              </dd>
            </div>
            <div class="source-card__wide">
              <dt>{t('source.lastError')}</dt>
              <dd>
                <Show when={props.source.lastError} fallback={t('common.none')}>
                  {(lastError) => (
                    <span class="source-card__error">
                      <code class="error-code">{lastError().code}</code> {lastError().message}{' '}
                      <span class="muted">
                        (<time datetime={toIsoString(lastError().at)}>{formatDateTime(lastError().at, language())}</time>)
                      </span>
                    </span>
                  )}
                </Show>
              </dd>
            </div>
          </Show>
        </dl>

        <div class="source-card__actions">
          <label class="switch">
            <input
              type="checkbox"
              class="switch__input"
              name="enabled"
              checked={isEnabledShown()}
              disabled={toggleSubmission.pending}
              aria-describedby={toggleFailed() ? `source-${id()}-toggle-error` : undefined}
              onChange={(event) => void toggle(event.currentTarget.checked)}
            />
            <span class="switch__track" aria-hidden="true" />
            <span class="switch__label">{t('source.enabled')}</span>
          </label>
          <Show when={props.source.kind !== 'manual'}>
            <BusyButton
              type="button"
              class="button button--primary run-button"
              data-source-id={id()}
              isBusy={runSubmission.pending}
              busyLabel={t('source.running')}
              onClick={() => void run()}
            >
              {t('source.run')}
            </BusyButton>
          </Show>
          <Show when={props.source.kind !== 'manual'}>
            <button
              type="button"
              class="button button--quiet"
              aria-expanded={isHistoryOpen() ? 'true' : 'false'}
              aria-controls={`source-${id()}-runs`}
              onClick={() => setIsHistoryOpen(!isHistoryOpen())}
            >
              {t('source.runs.toggle')}
            </button>
          </Show>
          <button
            ref={deleteButton}
            type="button"
            class="button button--danger-quiet"
            disabled={deleteSubmission.pending}
            hidden={isConfirmingDelete()}
            onClick={askToDelete}
          >
            {t('source.delete')}
          </button>
        </div>

        <Show when={toggleFailed()}>
          <p id={`source-${id()}-toggle-error`} class="inline-error" role="alert">
            {t('source.toggle.failed')}
          </p>
        </Show>
        <Show when={deleteFailed()}>
          <p class="inline-error" role="alert">
            {t('source.delete.failed')}
          </p>
        </Show>

        <div class="confirm" role="group" aria-labelledby={`source-${id()}-confirm`} hidden={!isConfirmingDelete()}>
          <p id={`source-${id()}-confirm`} class="confirm__question">
            {t('source.delete.confirm', { name: props.source.name })}
          </p>
          <div class="confirm__actions">
            <button
              type="button"
              class="button button--danger"
              disabled={deleteSubmission.pending}
              aria-busy={deleteSubmission.pending ? 'true' : 'false'}
              onClick={() => void confirmDelete()}
            >
              {deleteSubmission.pending ? t('source.deleting') : t('source.delete.yes')}
            </button>
            <button ref={cancelDeleteButton} type="button" class="button button--quiet" onClick={cancelDelete}>
              {t('common.cancel')}
            </button>
          </div>
        </div>

        <div class="run-outcome" aria-live="polite">
          <Show when={runOutcome()}>{(outcome) => <RunOutcome outcome={outcome()} />}</Show>
        </div>

        <div id={`source-${id()}-runs`} class="run-log" hidden={!isHistoryOpen()}>
          <Show when={isHistoryOpen()}>
            <RunLog sourceId={id()} name={props.source.name} />
          </Show>
        </div>
      </article>
    </li>
  );
}

function RunOutcome(props: { outcome: { run: SourceRun } | { failure: MessageKey; message?: string } }) {
  const { t } = useI18n();
  return (
    <Switch>
      <Match when={'failure' in props.outcome && props.outcome}>
        {(outcome) => <p class="inline-error">{t(outcome().failure, { message: outcome().message ?? '' })}</p>}
      </Match>
      <Match when={'run' in props.outcome && props.outcome.run}>
        {(run) => (
          <Switch>
            <Match when={run().status === 'running'}>
              <p class="run-outcome__title">{t('source.run.started')}</p>
            </Match>
            <Match when={run().status === 'ok'}>
              <p class="run-outcome__title run-outcome__title--ok">{t('source.run.finished')}</p>
              <RunFigures run={run()} />
            </Match>
            <Match when={run().status !== 'ok'}>
              <p class="run-outcome__title run-outcome__title--error">{t('source.run.failed')}</p>
              <Show when={run().error}>
                {(error) => (
                  <p class="source-card__error">
                    <code class="error-code">{error().code}</code> {error().message}
                  </p>
                )}
              </Show>
              <RunFigures run={run()} />
            </Match>
          </Switch>
        )}
      </Match>
    </Switch>
  );
}

/** What a run counts, in the order it is told. */
const runCounts = ['fetched', 'created', 'updated', 'unchanged'] as const;

function RunFigures(props: { run: SourceRun }) {
  const { t, language } = useI18n();
  return (
    <dl class="run-figures">
      <For each={runCounts}>
        {(count) => (
          <div>
            <dt>{t(`run.${count}`)}</dt>
            <dd>{formatNumber(props.run[count], language())}</dd>
          </div>
        )}
      </For>
      <Show when={props.run.durationMs !== null}>
        <div>
          <dt>{t('run.duration')}</dt>
          <dd>{formatDurationMs(props.run.durationMs ?? 0, language())}</dd>
        </div>
      </Show>
    </dl>
  );
}

function RunLog(props: { sourceId: string; name: string }) {
  const { t, tValue, language } = useI18n();
  const runs = createAsync(() => getSourceRuns(props.sourceId));
  return (
    <AsyncBoundary refetch={() => revalidate(getSourceRuns.keyFor(props.sourceId))}>
      <Show when={runs()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="muted">{t('source.runs.empty')}</p>}>
            <table class="run-table">
              <caption>{t('source.runs.caption', { name: props.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('run.startedAt')}</th>
                  <th scope="col">{t('run.status')}</th>
                  <For each={runCounts}>{(count) => <th scope="col">{t(`run.${count}`)}</th>}</For>
                  <th scope="col">{t('run.duration')}</th>
                  <th scope="col">{t('run.error')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(run) => (
                    <tr>
                      <td data-label={t('run.startedAt')}>
                        <time datetime={toIsoString(run.startedAt)}>{formatDateTime(run.startedAt, language())}</time>
                      </td>
                      <td data-label={t('run.status')}>
                        <span class={`run-status run-status--${run.status}`}>{tValue('run.status', run.status)}</span>
                      </td>
                      <For each={runCounts}>
                        {(count) => (
                          <td data-label={t(`run.${count}`)} class="number">
                            {formatNumber(run[count], language())}
                          </td>
                        )}
                      </For>
                      <td data-label={t('run.duration')} class="number">
                        {run.durationMs === null ? '—' : formatDurationMs(run.durationMs, language())}
                      </td>
                      <td data-label={t('run.error')}>
                        <Show when={run.error} fallback="—">
                          {(error) => (
                            <span class="source-card__error">
                              <code class="error-code">{error().code}</code> {error().message}
                            </span>
                          )}
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Show>
    </AsyncBoundary>
  );
}

function AddSourceForm() {
  const { t } = useI18n();
  const submission = useSubmission(createSourceAction);
  const createSource = useAction(createSourceAction);
  const errors = createFormErrors({ idPrefix: 'source-form', fieldOfBodyProperty: sourceFieldOfBodyProperty });
  const { errorOf } = errors;
  const [addedName, setAddedName] = createSignal<string | null>(null);
  let form: HTMLFormElement | undefined;

  // Solid sets `value` and `checked` as properties, which form.reset() does not know as defaults.
  const resetForm = () => {
    form?.reset();
    const schedule = form?.elements.namedItem('schedule');
    if (schedule instanceof HTMLInputElement) schedule.value = defaultSourceSchedule;
    const enabled = form?.elements.namedItem('enabled');
    if (enabled instanceof HTMLInputElement) enabled.checked = true;
  };

  const onSubmit = createSubmitHandler({
    errors,
    read: readSourceForm,
    isBusy: () => submission.pending,
    hasSummary: false,
    save: async ({ source: newSource }) => {
      const source = await createSource(newSource);
      submission.clear?.();
      resetForm();
      setAddedName(source.name);
    },
  });

  return (
    <section class="card add-source" aria-labelledby="add-source-heading">
      <h2 id="add-source-heading">{t('sourceForm.title')}</h2>
      <form
        ref={form}
        class="form"
        method="post"
        novalidate
        onSubmit={(event) => {
          // A new attempt: the source added before it is no longer news.
          setAddedName(null);
          void onSubmit(event);
        }}
      >
        <p class="form__note">{t('form.requiredNote')}</p>
        <div class="form__row">
          <TextField id="source-form-name" name="name" label={t('sourceForm.name')} error={errorOf('name')} isRequired>
            {(attributes) => <input {...attributes} type="text" maxLength={200} />}
          </TextField>
          <SelectField id="source-form-kind" name="kind" label={t('source.kind')} error={errorOf('kind')} isRequired>
            <option value="">{t('sourceForm.selectKind')}</option>
            <For each={sourceKinds}>{(kind) => <option value={kind}>{t(`source.kind.${kind}`)}</option>}</For>
          </SelectField>
        </div>
        <TextField
          id="source-form-url"
          name="url"
          label={t('source.url')}
          hint={t('sourceForm.urlHint')}
          error={errorOf('url')}
          isRequired
        >
          {(attributes) => (
            <input {...attributes} type="url" inputmode="url" spellcheck={false} placeholder="https://" maxLength={2000} />
          )}
        </TextField>
        <TextField
          id="source-form-schedule"
          name="schedule"
          label={t('source.schedule')}
          hint={t('sourceForm.scheduleHint')}
          error={errorOf('schedule')}
        >
          {(attributes) => (
            <input
              {...attributes}
              class="field__input field__input--code"
              type="text"
              value={defaultSourceSchedule}
              spellcheck={false}
              autocomplete="off"
            />
          )}
        </TextField>
        <div class="field">
          <label class="choice">
            <input type="checkbox" name="enabled" checked aria-describedby={errors.errorIdOf('enabled')} />
            {t('sourceForm.enabled')}
          </label>
          <FieldError id="source-form-enabled-error" message={errorOf('enabled')} />
        </div>
        <FormErrorAlert failure={errors.failure()} generalErrors={errors.generalErrors()} />
        <p class="form__success" role="status">
          <Show when={addedName()}>{(name) => t('sourceForm.added', { name: name() })}</Show>
        </p>
        <div class="form__actions">
          <BusyButton
            type="submit"
            class="button button--primary"
            isBusy={submission.pending}
            busyLabel={t('sourceForm.submitting')}
          >
            {t('sourceForm.submit')}
          </BusyButton>
        </div>
      </form>
    </section>
  );
}
