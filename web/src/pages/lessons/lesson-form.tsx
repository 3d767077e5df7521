import { createAsync } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { createFormErrors } from '../../components/form-errors.tsx';
import { FormFrame } from '../../components/form-frame.tsx';
import { ChoiceGroup, SelectField, TextField } from '../../components/form-field.tsx';
import { createForgetOnEdit, createSubmitHandler } from '../../components/form-submit.ts';
import { useI18n } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import {
  lessonPhases,
  programmes,
  sharingLevels,
  type GoodPracticeSummary,
  type Lesson,
  type NewLesson,
  type Programme,
  type SharingLevel,
  type Theme,
} from '../../lib/api-types.ts';
import {
  lessonFieldOfBodyProperty,
  lessonFunderMaxLength,
  lessonTextMaxLength,
  lessonTitleMaxLength,
  readLessonForm,
} from '../../lib/lesson-form.ts';
import { getPractices } from '../good-practices/good-practices.data.ts';
import { getThemes } from './lessons.data.ts';

/** What a new lesson starts with: the proposal's call says which programme, funder and themes it is about. */
export interface LessonDefaults {
  programme: Programme | null;
  funder: string | null;
  themes: string[];
}

/**
 * The form of a lesson, empty (with `defaults`) for a new one or filled with `lesson` to change it. `save`
 * sends it (POST or PATCH); what the API refuses is shown at the fields, a stale version or a proposal not
 * yet decided (409) in the form's alert.
 */
export function LessonForm(props: {
  lesson?: Lesson;
  defaults?: LessonDefaults;
  proposalId: string | null;
  /** Whether the lesson belongs to a municipality: without one it cannot be kept to a municipality. */
  hasMunicipality: boolean;
  heading: string;
  submitLabel: string;
  cancelHref: string;
  isBusy: boolean;
  save: (lesson: NewLesson) => Promise<Lesson>;
  onSaved: (lesson: Lesson) => void;
  /** Someone changed the lesson since it was read (409): the page reads it again and says so. */
  onConflict?: () => void;
}) {
  const { t, tValue, language } = useI18n();
  // Theme and practice names are a nicety: without them the lesson is still recorded.
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));
  const practices = createAsync(() => getPractices({}).then((page) => page.items, (): GoodPracticeSummary[] => []));
  const errors = createFormErrors({ idPrefix: 'lesson', fieldOfBodyProperty: lessonFieldOfBodyProperty });
  const { errorOf } = errors;
  const onSubmit = createSubmitHandler({
    errors,
    read: (data) => readLessonForm(data, { proposalId: props.proposalId, hasMunicipality: props.hasMunicipality }),
    isBusy: () => props.isBusy,
    save: async ({ lesson }) => {
      try {
        props.onSaved(await props.save(lesson));
      } catch (error) {
        // Not the fields' fault: the proposal is not decided yet, or someone changed the lesson meanwhile.
        if (!isApiError(error, 409)) throw error;
        if (error.code === 'proposal_not_decided') errors.setFailure('lessons.form.error.notDecided');
        else if (props.onConflict) props.onConflict();
        else errors.setFailure('lessons.form.error.conflict');
      }
    },
  });
  const onInput = createForgetOnEdit(errors);

  const initial = {
    programme: props.lesson?.programme ?? props.defaults?.programme ?? '',
    funder: props.lesson?.funder ?? props.defaults?.funder ?? '',
    themes: props.lesson?.themes ?? props.defaults?.themes ?? [],
    phase: props.lesson?.phase ?? '',
    sharing: props.lesson?.sharing ?? ('network' satisfies SharingLevel),
    goodPracticeId: props.lesson?.goodPractice?.id ?? '',
  };
  const themeName = (theme: Theme) => (language() === 'el' ? theme.nameEl : theme.name);

  return (
    <FormFrame
      class="lesson-form"
      headingId="lesson-form-heading"
      heading={props.heading}
      errors={errors}
      onSubmit={onSubmit}
      onInput={onInput}
      isBusy={props.isBusy}
      busyLabel={t('lessons.form.saving')}
      submitLabel={props.submitLabel}
      cancel={{ href: props.cancelHref }}
    >
      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('lessons.form.section.what')}</legend>
        <TextField id="lesson-title" name="title" label={t('lessons.form.title')} hint={t('lessons.form.titleHint')} error={errorOf('title')} isRequired>
          {(attributes) => <input {...attributes} type="text" maxLength={lessonTitleMaxLength} value={props.lesson?.title ?? ''} />}
        </TextField>
        <TextField
          id="lesson-whatHappened"
          name="whatHappened"
          label={t('lessons.whatHappened')}
          hint={t('lessons.form.whatHappenedHint')}
          error={errorOf('whatHappened')}
          isRequired
        >
          {(attributes) => (
            <textarea {...attributes} rows={5} maxLength={lessonTextMaxLength}>
              {props.lesson?.whatHappened ?? ''}
            </textarea>
          )}
        </TextField>
        <TextField
          id="lesson-nextTime"
          name="nextTime"
          label={t('lessons.nextTime')}
          hint={t('lessons.form.nextTimeHint')}
          error={errorOf('nextTime')}
          isRequired
        >
          {(attributes) => (
            <textarea {...attributes} rows={4} maxLength={lessonTextMaxLength}>
              {props.lesson?.nextTime ?? ''}
            </textarea>
          )}
        </TextField>
      </fieldset>

      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('lessons.form.section.context')}</legend>
        <div class="form__row">
          <SelectField id="lesson-programme" name="programme" label={t('lessons.programme')} error={errorOf('programme')} isRequired>
            <option value="">{t('lessons.form.choose')}</option>
            <For each={programmes}>
              {(programme) => (
                <option value={programme} selected={initial.programme === programme}>
                  {tValue('programme', programme)}
                </option>
              )}
            </For>
          </SelectField>
          <SelectField id="lesson-phase" name="phase" label={t('lessons.phase')} error={errorOf('phase')} isRequired>
            <option value="">{t('lessons.form.choose')}</option>
            <For each={lessonPhases}>
              {(phase) => (
                <option value={phase} selected={initial.phase === phase}>
                  {tValue('lessons.phase', phase)}
                </option>
              )}
            </For>
          </SelectField>
        </div>
        <TextField id="lesson-funder" name="funder" label={t('lessons.funder')} hint={t('lessons.form.funderHint')} error={errorOf('funder')}>
          {(attributes) => <input {...attributes} type="text" maxLength={lessonFunderMaxLength} value={initial.funder} />}
        </TextField>
        <Show when={(themes() ?? []).length > 0}>
          <ChoiceGroup legend={t('lessons.themes')} errorId="lesson-themes-error" error={errorOf('themes')}>
            <div class="choice-group__options lesson-form__themes">
              <For each={themes()}>
                {(theme) => (
                  <label class="choice">
                    <input type="checkbox" name="themes" value={theme.slug} checked={initial.themes.includes(theme.slug)} />
                    <span>{themeName(theme)}</span>
                  </label>
                )}
              </For>
            </div>
          </ChoiceGroup>
        </Show>
        <Show when={(practices() ?? []).length > 0}>
          <SelectField
            id="lesson-goodPractice"
            name="goodPractice"
            label={t('lessons.form.goodPractice')}
            hint={t('lessons.form.goodPracticeHint')}
            error={errorOf('goodPractice')}
          >
            <option value="">{t('lessons.form.noGoodPractice')}</option>
            <For each={practices()}>
              {(practice) => (
                <option value={practice.id} selected={initial.goodPracticeId === practice.id}>
                  {practice.title}
                </option>
              )}
            </For>
          </SelectField>
        </Show>
      </fieldset>

      <ChoiceGroup legend={t('lessons.form.sharing')} errorId="lesson-sharing-error" error={errorOf('sharing')}>
        <div class="choice-group__options lesson-form__sharing">
          <For each={sharingLevels}>
            {(level) => {
              const isUnavailable = () => level === 'municipality' && !props.hasMunicipality;
              return (
                <label class="choice choice--with-hint" classList={{ 'choice--disabled': isUnavailable() }}>
                  <input type="radio" name="sharing" value={level} checked={initial.sharing === level} disabled={isUnavailable()} />
                  <span>
                    <span class="choice__label">{tValue('lessons.sharing', level)}</span>
                    <span class="choice__hint">
                      {isUnavailable() ? t('lessons.form.sharingNeedsMunicipality') : tValue('lessons.sharingHint', level)}
                    </span>
                  </span>
                </label>
              );
            }}
          </For>
        </div>
      </ChoiceGroup>

    </FormFrame>
  );
}
