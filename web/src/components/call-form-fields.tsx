import { For, Show, Suspense, type Accessor, type JSX } from 'solid-js';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { eligibleApplicantKinds, programmes, type Theme } from '../lib/api-types.ts';
import type { CallFormField } from '../lib/call-form.ts';
import { ChoiceGroup, FieldError, SelectField, TextField, type FieldControlAttributes } from './form-field.tsx';
import { LoadingState } from './status.tsx';

/** Inputs whose name differs from the field that shows their error. */
export const callFieldOfInput: Record<string, CallFormField> = {
  deadlineDate: 'deadline',
  deadlineTime: 'deadline',
};

/** Amounts and rates are typed as text: type="number" would refuse a Greek "1.250.000,50". */
function DecimalInput(attributes: FieldControlAttributes) {
  return <input {...attributes} type="text" inputmode="decimal" autocomplete="off" />;
}

/**
 * The fields of a call, read by `readCallForm`: the new-call form and the liaison's announcement both
 * describe a call with them. `children` close the audience fieldset (the new-call form's "official" box).
 */
export function CallFormFields(props: {
  errorOf: (field: CallFormField) => string | undefined;
  errorIdOf: (field: CallFormField) => string | undefined;
  clientErrors: Accessor<Partial<Record<CallFormField, MessageKey>>>;
  /** null: the themes could not be loaded; the call can still be entered without them. */
  themes: Theme[] | null | undefined;
  children?: JSX.Element;
}) {
  const { t, language } = useI18n();
  const { errorOf, errorIdOf } = props;

  return (
    <>
      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('callForm.section.basics')}</legend>
        <TextField id="call-title" name="title" label={t('call.title')} error={errorOf('title')} isRequired>
          {(attributes) => <input {...attributes} type="text" maxLength={500} />}
        </TextField>
        <TextField id="call-summary" name="summary" label={t('call.summary')} error={errorOf('summary')}>
          {(attributes) => <textarea {...attributes} rows={5} maxLength={20000} />}
        </TextField>
        <div class="form__row">
          <SelectField
            id="call-programme"
            name="programme"
            label={t('call.programme')}
            error={errorOf('programme')}
            isRequired
          >
            <option value="">{t('callForm.selectProgramme')}</option>
            <For each={programmes}>{(programme) => <option value={programme}>{t(`programme.${programme}`)}</option>}</For>
          </SelectField>
          <TextField id="call-funder" name="funder" label={t('call.funder')} error={errorOf('funder')}>
            {(attributes) => <input {...attributes} type="text" maxLength={300} />}
          </TextField>
        </div>
        <div class="form__row">
          <TextField id="call-url" name="url" label={t('call.url')} error={errorOf('url')}>
            {(attributes) => (
              <input {...attributes} type="url" inputmode="url" spellcheck={false} placeholder="https://" maxLength={2000} />
            )}
          </TextField>
          <TextField id="call-reference" name="reference" label={t('call.reference')} error={errorOf('reference')}>
            {(attributes) => <input {...attributes} type="text" spellcheck={false} maxLength={200} />}
          </TextField>
        </div>
        <ChoiceGroup legend={t('call.language')} errorId="call-language-error" error={errorOf('language')}>
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
        </ChoiceGroup>
      </fieldset>

      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('callForm.section.dates')}</legend>
        <div class="form__row form__row--three">
          <TextField id="call-openingDate" name="openingDate" label={t('call.openingDate')} error={errorOf('openingDate')}>
            {(attributes) => <input {...attributes} type="date" />}
          </TextField>
          {/* The date and the time share one error, shown under both; only the part at fault is marked invalid. */}
          <div class="field">
            <label class="field__label" for="call-deadlineDate">
              {t('callForm.deadlineDate')}
            </label>
            <input
              id="call-deadlineDate"
              class="field__input"
              type="date"
              name="deadlineDate"
              aria-invalid={errorOf('deadline') && props.clientErrors().deadline !== 'callForm.error.time' ? 'true' : undefined}
              aria-describedby={errorIdOf('deadline')}
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
              aria-invalid={props.clientErrors().deadline === 'callForm.error.time' ? 'true' : undefined}
              aria-describedby={errorIdOf('deadline')}
            />
          </div>
        </div>
        <FieldError id="call-deadline-error" message={errorOf('deadline')} />
      </fieldset>

      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('callForm.section.money')}</legend>
        <div class="form__row">
          <TextField
            id="call-budget"
            name="budget"
            label={t('call.budget')}
            hint={t('callForm.amountHint')}
            error={errorOf('budget')}
          >
            {DecimalInput}
          </TextField>
          <TextField
            id="call-maxGrant"
            name="maxGrant"
            label={t('call.maxGrant')}
            hint={t('callForm.amountHint')}
            error={errorOf('maxGrant')}
          >
            {DecimalInput}
          </TextField>
        </div>
        <div class="form__row">
          <TextField
            id="call-cofinancingRate"
            name="cofinancingRate"
            label={t('call.cofinancingRate')}
            hint={t('callForm.rateHint')}
            error={errorOf('cofinancingRate')}
          >
            {(attributes) => (
              <span class="input-suffix">
                <DecimalInput {...attributes} />
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
        <ChoiceGroup
          legend={t('call.eligibleApplicants')}
          errorId="call-eligibleApplicants-error"
          error={errorOf('eligibleApplicants')}
        >
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
        </ChoiceGroup>
        <ChoiceGroup legend={t('call.themes')} errorId="call-themes-error" error={errorOf('themes')}>
          <Suspense fallback={<LoadingState />}>
            <Show when={props.themes !== null} fallback={<p class="muted">{t('callForm.themesUnavailable')}</p>}>
              <div class="choice-group__options">
                <For each={props.themes ?? []}>
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
        </ChoiceGroup>
        {props.children}
      </fieldset>
    </>
  );
}
