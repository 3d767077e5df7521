import { createAsync, revalidate } from '@solidjs/router';
import { For, Show, Suspense, untrack } from 'solid-js';
import { createFormErrors } from '../../components/form-errors.tsx';
import { FormFrame } from '../../components/form-frame.tsx';
import { ChoiceGroup, SelectField, TextField, type FieldControlAttributes } from '../../components/form-field.tsx';
import { createForgetOnEdit, createSubmitHandler } from '../../components/form-submit.ts';
import { ErrorState, LoadingState } from '../../components/status.tsx';
import { TargetGroupsInput } from '../../components/target-groups-input.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { needStatuses, type Need, type NeedPriority, type NewNeed, type Theme } from '../../lib/api-types.ts';
import {
  formatCentsForInput,
  needDescriptionMaxLength,
  needFieldOfBodyProperty,
  needTitleMaxLength,
  readNeedForm,
  type NeedFormField,
} from '../../lib/need-form.ts';
import { getThemes } from './needs.data.ts';

const priorities: NeedPriority[] = [1, 2, 3];

/** Inputs whose name differs from the field that shows their error. */
const fieldOfInput: Record<string, NeedFormField> = {
  targetGroupsDraft: 'targetGroups',
};

/** Amounts are typed as text: type="number" would refuse a Greek "250.000,50". */
function DecimalInput(props: FieldControlAttributes & { value: string }) {
  return <input {...props} type="text" inputmode="decimal" autocomplete="off" />;
}

/**
 * The form of a need, empty for a new one or filled with `need` to change it. `save` sends it (POST or
 * PATCH) and answers the saved need; what the API refuses is shown at the fields.
 */
export function NeedForm(props: {
  need?: Need;
  heading: string;
  submitLabel: string;
  cancelHref: string;
  isBusy: boolean;
  save: (need: NewNeed) => Promise<Need>;
  onSaved: (need: Need) => void;
}) {
  const { t, language } = useI18n();
  // null: the themes could not be read; without a category the need cannot be saved, so say so with a retry.
  const themes = createAsync(() => getThemes().catch((): Theme[] | null => null));
  const errors = createFormErrors({ idPrefix: 'need', fieldOfBodyProperty: needFieldOfBodyProperty });
  const { errorOf } = errors;
  const onSubmit = createSubmitHandler({
    errors,
    read: readNeedForm,
    isBusy: () => props.isBusy,
    save: async ({ need }) => props.onSaved(await props.save(need)),
  });
  const onInput = createForgetOnEdit(errors, fieldOfInput);

  const initialPriority = () => props.need?.priority ?? 2;

  return (
    <FormFrame
      class="need-form"
      headingId="need-form-heading"
      heading={props.heading}
      errors={errors}
      onSubmit={onSubmit}
      onInput={onInput}
      isBusy={props.isBusy}
      busyLabel={t('needForm.submitting')}
      submitLabel={props.submitLabel}
      cancel={{ href: props.cancelHref }}
    >
      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('needForm.section.what')}</legend>
        <TextField id="need-title" name="title" label={t('needForm.title')} error={errorOf('title')} isRequired>
          {(attributes) => (
            <input {...attributes} type="text" maxLength={needTitleMaxLength} value={props.need?.title ?? ''} />
          )}
        </TextField>
        <TextField
          id="need-description"
          name="description"
          label={t('needForm.description')}
          hint={t('needForm.descriptionHint')}
          error={errorOf('description')}
        >
          {(attributes) => (
            <textarea {...attributes} rows={5} maxLength={needDescriptionMaxLength}>
              {props.need?.description ?? ''}
            </textarea>
          )}
        </TextField>
        <Suspense fallback={<LoadingState />}>
          <Show
            when={themes()}
            fallback={<ErrorState error={null} title={t('needForm.themesFailed')} onRetry={() => void revalidate(getThemes.key)} />}
          >
            {(list) => (
              <SelectField
                id="need-category"
                name="category"
                label={t('need.category')}
                hint={t('needForm.categoryHint')}
                error={errorOf('category')}
                isRequired
              >
                <option value="">{t('needForm.selectCategory')}</option>
                <For each={list()}>
                  {(theme) => (
                    <option value={theme.slug} selected={props.need?.category === theme.slug}>
                      {language() === 'el' ? theme.nameEl : theme.name}
                    </option>
                  )}
                </For>
              </SelectField>
            )}
          </Show>
        </Suspense>
        <TargetGroupsInput
          id="need-targetGroups"
          label={t('need.targetGroups')}
          hint={t('needForm.targetGroupsHint')}
          error={errorOf('targetGroups')}
          initial={props.need?.targetGroups ?? []}
        />
      </fieldset>

      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('needForm.section.planning')}</legend>
        <ChoiceGroup legend={t('need.priority')} errorId="need-priority-error" error={errorOf('priority')}>
          <div class="choice-group__options choice-group__options--inline">
            <For each={priorities}>
              {(priority) => (
                <label class="choice">
                  <input type="radio" name="priority" value={priority} checked={initialPriority() === priority} />
                  <span class={`priority priority--${priority}`}>{t(`need.priority.${priority}`)}</span>
                </label>
              )}
            </For>
          </div>
        </ChoiceGroup>
        <div class="form__row">
          <TextField
            id="need-budget"
            name="budget"
            label={t('need.budget')}
            hint={t('needForm.budgetHint')}
            error={errorOf('budget')}
          >
            {(attributes) => (
              <span class="input-suffix">
                {/* Written once, the way the language of the moment writes amounts; both ways are read back. */}
                <DecimalInput {...attributes} value={untrack(() => formatCentsForInput(props.need?.estimatedBudgetCents ?? null, language()))} />
                <span class="input-suffix__unit" aria-hidden="true">
                  €
                </span>
              </span>
            )}
          </TextField>
          <SelectField id="need-status" name="status" label={t('need.status')} error={errorOf('status')}>
            <For each={needStatuses}>
              {(status) => (
                <option value={status} selected={(props.need?.status ?? 'identified') === status}>
                  {t(`need.status.${status}`)}
                </option>
              )}
            </For>
          </SelectField>
        </div>
      </fieldset>

    </FormFrame>
  );
}
