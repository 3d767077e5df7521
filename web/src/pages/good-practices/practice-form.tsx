import { createAsync } from '@solidjs/router';
import { createSignal, For, Show, type JSX } from 'solid-js';
import { createFormErrors } from '../../components/form-errors.tsx';
import { FormFrame } from '../../components/form-frame.tsx';
import { ChoiceGroup, SelectField, TextField } from '../../components/form-field.tsx';
import { createForgetOnEdit, createSubmitHandler } from '../../components/form-submit.ts';
import { useI18n } from '../../i18n/index.tsx';
import { localeOf } from '../../i18n/language.ts';
import { isApiError } from '../../lib/api.ts';
import {
  programmes,
  type GoodPractice,
  type Municipality,
  type NewGoodPractice,
  type PracticeContact,
  type PracticeLink,
  type Theme,
} from '../../lib/api-types.ts';
import {
  practiceBodyMaxLength,
  practiceFieldOfBodyProperty,
  practiceSummaryMaxLength,
  practiceTitleMaxLength,
  readPracticeForm,
  type PracticeFormField,
} from '../../lib/practice-form.ts';
import { getMunicipalities, getThemes } from './good-practices.data.ts';

/** The inputs of the contact and link rows, and the field whose error they show. */
const fieldOfInput: Record<string, PracticeFormField> = {
  contactName: 'contacts',
  contactRole: 'contacts',
  contactEmail: 'contacts',
  contactPhone: 'contacts',
  linkLabel: 'links',
  linkUrl: 'links',
};

/**
 * The form of a good practice, empty for a new one or filled with `practice` to change it. The body is
 * Markdown, rendered and sanitised by the API.
 */
export function PracticeForm(props: {
  practice?: GoodPractice;
  heading: string;
  submitLabel: string;
  cancelHref: string;
  isBusy: boolean;
  save: (practice: NewGoodPractice) => Promise<GoodPractice>;
  onSaved: (practice: GoodPractice) => void;
  /** Someone changed the practice since it was read (409): the page reads it again and says so. */
  onConflict?: () => void;
}) {
  const { t, tValue, language } = useI18n();
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));
  const municipalities = createAsync(() => getMunicipalities());
  const errors = createFormErrors({ idPrefix: 'practice', fieldOfBodyProperty: practiceFieldOfBodyProperty });
  const { errorOf } = errors;
  const onSubmit = createSubmitHandler({
    errors,
    read: readPracticeForm,
    isBusy: () => props.isBusy,
    save: async ({ practice }) => {
      try {
        props.onSaved(await props.save(practice));
      } catch (error) {
        if (!isApiError(error, 409)) throw error;
        if (props.onConflict) props.onConflict();
        else errors.setFailure('practices.form.error.conflict');
      }
    },
  });
  const onInput = createForgetOnEdit(errors, fieldOfInput);
  const placeName = (municipality: Municipality) => (language() === 'el' ? municipality.nameEl : municipality.name);
  const sortedMunicipalities = () =>
    [...(municipalities() ?? [])].sort((a, b) => placeName(a).localeCompare(placeName(b), localeOf[language()]));
  const chosenThemes = props.practice?.themes ?? [];

  return (
    <FormFrame
      class="practice-form"
      headingId="practice-form-heading"
      heading={props.heading}
      errors={errors}
      onSubmit={onSubmit}
      onInput={onInput}
      isBusy={props.isBusy}
      busyLabel={t('practices.form.saving')}
      submitLabel={props.submitLabel}
      cancel={{ href: props.cancelHref }}
    >
      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('practices.form.section.what')}</legend>
        <TextField id="practice-title" name="title" label={t('practices.form.title')} error={errorOf('title')} isRequired>
          {(attributes) => <input {...attributes} type="text" maxLength={practiceTitleMaxLength} value={props.practice?.title ?? ''} />}
        </TextField>
        <div class="form__row">
          <SelectField id="practice-municipality" name="municipality" label={t('practices.form.municipality')} error={errorOf('municipality')} isRequired>
            <option value="">{t('lessons.form.choose')}</option>
            <For each={sortedMunicipalities()}>
              {(municipality) => (
                <option value={municipality.slug} selected={props.practice?.municipality.slug === municipality.slug}>
                  {placeName(municipality)}
                </option>
              )}
            </For>
          </SelectField>
          <SelectField id="practice-programme" name="programme" label={t('practices.form.programme')} error={errorOf('programme')}>
            <option value="">{t('practices.form.noProgramme')}</option>
            <For each={programmes}>
              {(programme) => (
                <option value={programme} selected={props.practice?.programme === programme}>
                  {tValue('programme', programme)}
                </option>
              )}
            </For>
          </SelectField>
        </div>
        <TextField
          id="practice-summary"
          name="summary"
          label={t('practices.form.summary')}
          hint={t('practices.form.summaryHint')}
          error={errorOf('summary')}
          isRequired
        >
          {(attributes) => (
            <textarea {...attributes} rows={3} maxLength={practiceSummaryMaxLength}>
              {props.practice?.summary ?? ''}
            </textarea>
          )}
        </TextField>
        <TextField id="practice-body" name="body" label={t('practices.body')} hint={t('practices.form.bodyHint')} error={errorOf('body')} isRequired>
          {(attributes) => (
            <textarea {...attributes} class="field__input field__input--code" rows={14} maxLength={practiceBodyMaxLength}>
              {props.practice?.body ?? ''}
            </textarea>
          )}
        </TextField>
        <Show when={(themes() ?? []).length > 0}>
          <ChoiceGroup legend={t('lessons.themes')} errorId="practice-themes-error" error={errorOf('themes')}>
            <div class="choice-group__options">
              <For each={themes()}>
                {(theme) => (
                  <label class="choice">
                    <input type="checkbox" name="themes" value={theme.slug} checked={chosenThemes.includes(theme.slug)} />
                    <span>{language() === 'el' ? theme.nameEl : theme.name}</span>
                  </label>
                )}
              </For>
            </div>
          </ChoiceGroup>
        </Show>
      </fieldset>

      <RowsEditor<PracticeContact>
        idPrefix="practice-contact"
        legend={t('practices.contacts')}
        hint={t('practices.form.contactsHint')}
        error={errorOf('contacts')}
        initial={props.practice?.contacts ?? []}
        empty={{ name: '', role: '', email: '', phone: '' }}
        addLabel={t('practices.form.addContact')}
        removeLabel={(index) => t('practices.form.removeContact', { number: index + 1 })}
      >
        {(contact, id) => (
          <div class="practice-row__fields">
            <RowInput id={`${id}-name`} name="contactName" maxLength={200} label={t('practices.form.contactName')} value={contact.name} />
            <RowInput id={`${id}-role`} name="contactRole" maxLength={200} label={t('practices.form.contactRole')} value={contact.role} />
            <RowInput id={`${id}-email`} name="contactEmail" maxLength={254} label={t('practices.form.contactEmail')} value={contact.email} type="email" />
            <RowInput id={`${id}-phone`} name="contactPhone" maxLength={50} label={t('practices.form.contactPhone')} value={contact.phone} type="tel" />
          </div>
        )}
      </RowsEditor>

      <RowsEditor<PracticeLink>
        idPrefix="practice-link"
        legend={t('practices.links')}
        hint={t('practices.form.linksHint')}
        error={errorOf('links')}
        initial={props.practice?.links ?? []}
        empty={{ label: '', url: '' }}
        addLabel={t('practices.form.addLink')}
        removeLabel={(index) => t('practices.form.removeLink', { number: index + 1 })}
      >
        {(link, id) => (
          <div class="practice-row__fields">
            <RowInput id={`${id}-label`} name="linkLabel" maxLength={200} label={t('practices.form.linkLabel')} value={link.label} />
            <RowInput id={`${id}-url`} name="linkUrl" maxLength={2000} label={t('practices.form.linkUrl')} value={link.url} type="url" />
          </div>
        )}
      </RowsEditor>

    </FormFrame>
  );
}

function RowInput(props: { id: string; name: string; label: string; value: string; maxLength: number; type?: 'text' | 'email' | 'tel' | 'url' }) {
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <input id={props.id} name={props.name} class="field__input" type={props.type ?? 'text'} autocomplete="off" maxLength={props.maxLength} value={props.value} />
    </div>
  );
}

/**
 * Rows of the same inputs (contacts, links), one more offered than filled. The inputs are read from the form
 * when it is sent, row by row; a row removed takes its inputs with it. One error for the group.
 */
function RowsEditor<Row>(props: {
  idPrefix: string;
  legend: string;
  hint: string;
  error: string | undefined;
  initial: Row[];
  empty: Row;
  addLabel: string;
  removeLabel: (index: number) => string;
  children: (row: Row, id: string) => JSX.Element;
}) {
  let nextKey = 0;
  const rowOf = (value: Row) => ({ key: nextKey++, value });
  const [rows, setRows] = createSignal([...props.initial.map(rowOf), rowOf(props.empty)]);
  let list: HTMLOListElement | undefined;
  const errorId = `${props.idPrefix}s-error`;

  const add = () => {
    setRows((current) => [...current, rowOf(props.empty)]);
    // The person goes on typing in the row just added.
    list?.querySelector<HTMLInputElement>('.practice-row:last-child input')?.focus();
  };
  const remove = (key: number, index: number) => {
    setRows((current) => current.filter((row) => row.key !== key));
    const rowsLeft = list?.querySelectorAll<HTMLElement>('.practice-row');
    rowsLeft?.[Math.min(index, rowsLeft.length - 1)]?.querySelector('input')?.focus();
  };

  return (
    <fieldset class="fieldset practice-rows" aria-describedby={props.error ? errorId : `${props.idPrefix}s-hint`}>
      <legend class="fieldset__legend">{props.legend}</legend>
      <p id={`${props.idPrefix}s-hint`} class="field__hint">
        {props.hint}
      </p>
      <ol class="practice-rows__list" ref={list}>
        {/* Keyed by the row, not its place: removing a row must not hand its neighbour's typing to another. */}
        <For each={rows()}>
          {(row, index) => (
            <li class="practice-row">
              {props.children(row.value, `${props.idPrefix}-${row.key}`)}
              <button type="button" class="button button--danger-quiet practice-row__remove" onClick={() => remove(row.key, index())}>
                {props.removeLabel(index())}
              </button>
            </li>
          )}
        </For>
      </ol>
      <Show when={props.error}>
        <p id={errorId} class="field__error">
          {props.error}
        </p>
      </Show>
      <button type="button" class="button button--secondary practice-rows__add" onClick={add}>
        <span aria-hidden="true">+ </span>
        {props.addLabel}
      </button>
    </fieldset>
  );
}
