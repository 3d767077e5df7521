import { A, createAsync, useAction, useNavigate, useSubmission } from '@solidjs/router';
import { createSignal, For, Show, Suspense, untrack, type JSX } from 'solid-js';
import { describedBy, FieldError } from '../../components/form-field.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { InfoNotice, LoadingState } from '../../components/status.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import { eligibleApplicantKinds, programmes, type Theme } from '../../lib/api-types.ts';
import { callFieldOfBodyProperty, readCallForm, type CallFormErrors, type CallFormField } from '../../lib/call-form.ts';
import { groupIssuesByField } from '../../lib/forms.ts';
import { hasRole, rolesThatAddCalls } from '../../lib/roles.ts';
import { useSession } from '../../session.tsx';
import { createCallAction, getThemes } from './new-call.data.ts';

/** Inputs whose name differs from the field that shows their error. */
const fieldOfInput: Record<string, CallFormField> = {
  deadlineDate: 'deadline',
  deadlineTime: 'deadline',
};

export default function NewCallPage() {
  const { t } = useI18n();
  const session = useSession();
  usePageTitle(() => t('callForm.title'));
  const canAddCalls = () => hasRole(session.user()?.role, rolesThatAddCalls);

  return (
    <div class="page page--narrow">
      <nav class="breadcrumb" aria-label={t('call.back')}>
        <A href="/calls" end activeClass="" inactiveClass="">
          <span aria-hidden="true">← </span>
          {t('call.back')}
        </A>
      </nav>
      <header class="page-header">
        <h1>{t('callForm.title')}</h1>
        <Show when={canAddCalls()}>
          <p class="page-header__intro">{t('callForm.intro')}</p>
        </Show>
      </header>
      <Show
        when={canAddCalls()}
        fallback={
          <InfoNotice title={t('callForm.forbidden.title')}>
            <p>{t('callForm.forbidden.body')}</p>
          </InfoNotice>
        }
      >
        <NewCallForm />
      </Show>
    </div>
  );
}

function NewCallForm() {
  const { t, language } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const submission = useSubmission(createCallAction);
  const submitCall = useAction(createCallAction);
  // null: the themes could not be loaded; the call can still be entered without them.
  const themes = createAsync(() => getThemes().catch((): Theme[] | null => null));

  const [clientErrors, setClientErrors] = createSignal<CallFormErrors>({});
  const [serverErrors, setServerErrors] = createSignal<Partial<Record<CallFormField, string>>>({});
  const [generalErrors, setGeneralErrors] = createSignal<string[]>([]);
  const [failure, setFailure] = createSignal<MessageKey | null>(null);
  let form: HTMLFormElement | undefined;

  const errorOf = (field: CallFormField): string | undefined => {
    const own = clientErrors()[field];
    if (own) return t(own);
    const fromServer = serverErrors()[field];
    return fromServer === undefined ? undefined : t('form.error.rejected', { message: fromServer });
  };
  const errorId = (field: CallFormField) => (errorOf(field) ? `call-${field}-error` : undefined);
  const invalid = (field: CallFormField) => (errorOf(field) ? 'true' : undefined);

  const forget = (field: CallFormField) => {
    if (clientErrors()[field]) setClientErrors(({ [field]: _, ...rest }) => rest);
    if (serverErrors()[field] !== undefined) setServerErrors(({ [field]: _, ...rest }) => rest);
  };

  const focusFirstError = () => {
    requestAnimationFrame(() => {
      const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
      (first ?? form?.querySelector<HTMLElement>('.form__error'))?.focus();
    });
  };

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submission.pending || !form) return;
    setFailure(null);
    setGeneralErrors([]);
    setServerErrors({});
    const read = readCallForm(new FormData(form));
    if (!read.isValid) {
      setClientErrors(read.errors);
      setFailure('form.error.summary');
      focusFirstError();
      return;
    }
    setClientErrors({});
    try {
      const call = await submitCall(read.call);
      submission.clear?.();
      navigate(`/calls/${encodeURIComponent(call.id)}`);
    } catch (error) {
      if (isApiError(error, 400)) {
        // Issues name the refused fields; a rule of the domain (an unknown theme, a bad cron) comes as a message.
        const { byField, general } = groupIssuesByField(error.issues, callFieldOfBodyProperty);
        setServerErrors(byField);
        setGeneralErrors(error.issues.length > 0 ? general : [error.message]);
        setFailure(Object.keys(byField).length > 0 ? 'form.error.summary' : 'form.error.invalid');
      } else if (isApiError(error, 403)) setFailure('form.error.forbidden');
      else if (isApiError(error, 0)) setFailure('common.error.network');
      else setFailure('form.error.generic');
      focusFirstError();
    }
  };

  const onInput = (event: Event) => {
    const name = (event.target as HTMLInputElement | null)?.name;
    if (!name) return;
    const field = fieldOfInput[name] ?? (name as CallFormField);
    forget(field);
  };

  return (
    <form
      ref={form}
      class="form form--wide"
      method="post"
      novalidate
      aria-labelledby="new-call-heading"
      onSubmit={(event) => void onSubmit(event)}
      onInput={onInput}
      onChange={onInput}
    >
      <h2 id="new-call-heading" class="visually-hidden">
        {t('callForm.title')}
      </h2>
      <div class="form__error" role="alert" tabindex="-1">
        <Show when={failure()}>
          {(key) => (
            <>
              <p>{t(key())}</p>
              <Show when={generalErrors().length > 0}>
                <ul class="form__error-list">
                  <For each={generalErrors()}>{(message) => <li>{message}</li>}</For>
                </ul>
              </Show>
            </>
          )}
        </Show>
      </div>

      <p class="form__note">{t('form.requiredNote')}</p>

      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('callForm.section.basics')}</legend>
        <TextField name="title" label={t('call.title')} error={errorOf('title')} isRequired>
          {(attributes) => <input {...attributes} type="text" maxLength={500} />}
        </TextField>
        <TextField name="summary" label={t('call.summary')} error={errorOf('summary')} >
          {(attributes) => <textarea {...attributes} rows={5} maxLength={20000} />}
        </TextField>
        <div class="form__row">
          <div class="field">
            <label class="field__label" for="call-programme">
              {t('call.programme')}
              <span class="field__required" aria-hidden="true">
                {' '}
                *
              </span>
            </label>
            <select
              id="call-programme"
              class="field__input"
              name="programme"
              aria-required="true"
              aria-invalid={invalid('programme')}
              aria-describedby={errorId('programme')}
            >
              <option value="">{t('callForm.selectProgramme')}</option>
              <For each={programmes}>{(programme) => <option value={programme}>{t(`programme.${programme}`)}</option>}</For>
            </select>
            <FieldError id="call-programme-error" message={errorOf('programme')} />
          </div>
          <TextField name="funder" label={t('call.funder')} error={errorOf('funder')} >
            {(attributes) => <input {...attributes} type="text" maxLength={300} />}
          </TextField>
        </div>
        <div class="form__row">
          <TextField name="url" label={t('call.url')} error={errorOf('url')} >
            {(attributes) => (
              <input {...attributes} type="url" inputmode="url" spellcheck={false} placeholder="https://" maxLength={2000} />
            )}
          </TextField>
          <TextField name="reference" label={t('call.reference')} error={errorOf('reference')} >
            {(attributes) => <input {...attributes} type="text" spellcheck={false} maxLength={200} />}
          </TextField>
        </div>
        <fieldset class="field choice-group" aria-describedby={errorId('language')}>
          <legend class="field__label">{t('call.language')}</legend>
          <div class="choice-group__options choice-group__options--inline">
            <label class="choice">
              <input type="radio" name="language" value="el" checked />
              {t('call.language.el')}
            </label>
            <label class="choice">
              <input type="radio" name="language" value="en" />
              {t('call.language.en')}
            </label>
          </div>
          <FieldError id="call-language-error" message={errorOf('language')} />
        </fieldset>
      </fieldset>

      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('callForm.section.dates')}</legend>
        <div class="form__row form__row--three">
          <TextField name="openingDate" label={t('call.openingDate')} error={errorOf('openingDate')} >
            {(attributes) => <input {...attributes} type="date" />}
          </TextField>
          <div class="field">
            <label class="field__label" for="call-deadlineDate">
              {t('callForm.deadlineDate')}
            </label>
            <input
              id="call-deadlineDate"
              class="field__input"
              type="date"
              name="deadlineDate"
              aria-invalid={invalid('deadline') && clientErrors().deadline !== 'callForm.error.time' ? 'true' : undefined}
              aria-describedby={errorId('deadline')}
            />
          </div>
          <div class="field">
            <label class="field__label" for="call-deadlineTime">
              {t('callForm.deadlineTime')}
            </label>
            <input
              id="call-deadlineTime"
              class="field__input"
              type="time"
              name="deadlineTime"
              aria-invalid={clientErrors().deadline === 'callForm.error.time' ? 'true' : undefined}
              aria-describedby={errorId('deadline')}
            />
          </div>
        </div>
        <FieldError id="call-deadline-error" message={errorOf('deadline')} />
      </fieldset>

      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('callForm.section.money')}</legend>
        <div class="form__row">
          <TextField name="budget" label={t('call.budget')} hint={t('callForm.amountHint')} error={errorOf('budget')} >
            {(attributes) => <input {...attributes} type="text" inputmode="decimal" autocomplete="off" />}
          </TextField>
          <TextField
            name="maxGrant"
            label={t('call.maxGrant')}
            hint={t('callForm.amountHint')}
            error={errorOf('maxGrant')}
           
          >
            {(attributes) => <input {...attributes} type="text" inputmode="decimal" autocomplete="off" />}
          </TextField>
        </div>
        <div class="form__row">
          <TextField
            name="cofinancingRate"
            label={t('call.cofinancingRate')}
            hint={t('callForm.rateHint')}
            error={errorOf('cofinancingRate')}
           
          >
            {(attributes) => (
              <span class="input-suffix">
                <input {...attributes} type="text" inputmode="decimal" autocomplete="off" />
                <span class="input-suffix__unit" aria-hidden="true">
                  %
                </span>
              </span>
            )}
          </TextField>
        </div>
      </fieldset>

      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('callForm.section.audience')}</legend>
        <fieldset class="field choice-group" aria-describedby={errorId('eligibleApplicants')}>
          <legend class="field__label">{t('call.eligibleApplicants')}</legend>
          <div class="choice-group__options">
            <For each={eligibleApplicantKinds}>
              {(kind) => (
                <label class="choice">
                  <input type="checkbox" name="eligibleApplicants" value={kind} />
                  {t(`applicant.${kind}`)}
                </label>
              )}
            </For>
          </div>
          <FieldError id="call-eligibleApplicants-error" message={errorOf('eligibleApplicants')} />
        </fieldset>
        <fieldset class="field choice-group" aria-describedby={errorId('themes')}>
          <legend class="field__label">{t('call.themes')}</legend>
          <Suspense fallback={<LoadingState />}>
            <Show when={themes() !== null} fallback={<p class="muted">{t('callForm.themesUnavailable')}</p>}>
              <div class="choice-group__options">
                <For each={themes() ?? []}>
                  {(theme) => (
                    <label class="choice">
                      <input type="checkbox" name="themes" value={theme.slug} />
                      {language() === 'el' ? theme.nameEl : theme.name}
                    </label>
                  )}
                </For>
              </div>
            </Show>
          </Suspense>
          <FieldError id="call-themes-error" message={errorOf('themes')} />
        </fieldset>
        <div class="field">
          <label class="choice choice--with-hint">
            <input
              type="checkbox"
              name="official"
              checked={session.user()?.role === 'liaison'}
              aria-describedby={describedBy('call-official-hint', errorId('official'))}
            />
            <span>
              <span class="choice__label">{t('callForm.officialLabel')}</span>
              <span id="call-official-hint" class="field__hint">
                {t('callForm.officialHint')}
              </span>
            </span>
          </label>
          <FieldError id="call-official-error" message={errorOf('official')} />
        </div>
      </fieldset>

      <div class="form__actions">
        <button
          type="submit"
          class="button button--primary"
          disabled={submission.pending}
          aria-busy={submission.pending ? 'true' : 'false'}
        >
          <Show when={submission.pending} fallback={t('callForm.submit')}>
            <span class="spinner spinner--on-dark" aria-hidden="true" />
            {t('callForm.submitting')}
          </Show>
        </button>
        <A href="/calls" class="button button--quiet" end activeClass="" inactiveClass="">
          {t('common.cancel')}
        </A>
      </div>
    </form>
  );
}

interface FieldAttributes {
  id: string;
  name: string;
  class: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
  'aria-required': 'true' | undefined;
}

/** A labelled input with an optional hint and its error; the input itself comes from the caller. */
function TextField(props: {
  name: CallFormField;
  label: string;
  hint?: string;
  error: string | undefined;
  isRequired?: boolean;
  children: (attributes: FieldAttributes) => JSX.Element;
}) {
  const id = () => `call-${props.name}`;
  const hintId = () => (props.hint ? `${id()}-hint` : undefined);
  const errorId = () => (props.error ? `${id()}-error` : undefined);
  // Getters, so that the spread input follows the error without being created again (and losing its text).
  const attributes: FieldAttributes = {
    get id() {
      return id();
    },
    get name() {
      return props.name;
    },
    class: 'field__input',
    get 'aria-invalid'() {
      return props.error ? ('true' as const) : undefined;
    },
    get 'aria-describedby'() {
      return describedBy(hintId(), errorId());
    },
    get 'aria-required'() {
      return props.isRequired ? ('true' as const) : undefined;
    },
  };
  return (
    <div class="field">
      <label class="field__label" for={id()}>
        {props.label}
        <Show when={props.isRequired}>
          <span class="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        </Show>
      </label>
      <Show when={props.hint}>
        <span id={hintId()} class="field__hint">
          {props.hint}
        </span>
      </Show>
      {untrack(() => props.children(attributes))}
      <FieldError id={`${id()}-error`} message={props.error} />
    </div>
  );
}
