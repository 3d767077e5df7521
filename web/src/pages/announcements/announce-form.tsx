import { createAsync, useAction, useSubmission } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { callFieldOfInput, CallFormFields } from '../../components/call-form-fields.tsx';
import { createFormErrors } from '../../components/form-errors.tsx';
import { FormFrame } from '../../components/form-frame.tsx';
import { ChoiceGroup, TextField } from '../../components/form-field.tsx';
import { createForgetOnEdit, createSubmitHandler } from '../../components/form-submit.ts';
import { LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { announcementAudiences, announcementFieldOfBodyProperty, readAnnouncementForm } from '../../lib/announcement-form.ts';
import type { Municipality, Theme } from '../../lib/api-types.ts';
import { announceAction, getMunicipalities, getThemes } from './announcements.data.ts';

/** What the page says once the call is announced. */
export interface Announced {
  callId: string;
  callTitle: string;
  /** 0: every municipality. */
  municipalityCount: number;
}

/**
 * The liaison's form: a message, who it is for, and the call itself, described with the very fields of the
 * new-call form (the API makes it an official call and notifies the officers of the chosen municipalities).
 */
export function AnnounceForm(props: { onAnnounced: (announced: Announced) => void; onCancel: () => void }) {
  const { t, language } = useI18n();
  const submission = useSubmission(announceAction);
  const announce = useAction(announceAction);
  // null: the lists could not be loaded; the call can still be described without themes.
  const themes = createAsync(() => getThemes().catch((): Theme[] | null => null));
  const municipalities = createAsync(() => getMunicipalities().catch((): Municipality[] | null => null));
  const [audience, setAudience] = createSignal<(typeof announcementAudiences)[number]>('all');
  const errors = createFormErrors({ idPrefix: 'announcement', fieldOfBodyProperty: announcementFieldOfBodyProperty });
  const { errorOf, errorIdOf } = errors;
  // The call's fields keep the ids of the new-call form ("call-title"), and so do their errors.
  const callErrorIdOf = (field: Parameters<typeof errorIdOf>[0]) => (errorOf(field) ? `call-${field}-error` : undefined);
  const onSubmit = createSubmitHandler({
    errors,
    read: readAnnouncementForm,
    isBusy: () => submission.pending,
    save: async ({ announcement }) => {
      const created = await announce(announcement);
      submission.clear?.();
      props.onAnnounced({
        callId: created.callId,
        callTitle: announcement.call.title,
        municipalityCount: announcement.targetMunicipalities.length,
      });
    },
  });
  const onInput = createForgetOnEdit(errors, callFieldOfInput);
  const nameOf = (municipality: Municipality) => (language() === 'el' ? municipality.nameEl : municipality.name);

  return (
    <FormFrame
      class="announce-form"
      headingId="announce-heading"
      heading={t('announcements.form.title')}
      isHeadingVisible
      errors={errors}
      onSubmit={onSubmit}
      onInput={onInput}
      isBusy={submission.pending}
      busyLabel={t('announcements.form.submitting')}
      submitLabel={t('announcements.form.submit')}
      cancel={{ onClick: () => props.onCancel() }}
    >
      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('announcements.form.section.message')}</legend>
        <TextField
          id="announcement-message"
          name="message"
          label={t('announcements.form.message')}
          hint={t('announcements.form.messageHint')}
          error={errorOf('message')}
          isRequired
        >
          {(attributes) => <textarea {...attributes} rows={4} maxLength={4000} />}
        </TextField>
        <ChoiceGroup
          legend={t('announcements.form.audience')}
          errorId="announcement-targetMunicipalities-error"
          error={errorOf('targetMunicipalities')}
        >
          <div class="choice-group__options choice-group__options--inline">
            <For each={announcementAudiences}>
              {(option) => (
                <label class="choice">
                  <input
                    type="radio"
                    name="audience"
                    value={option}
                    checked={audience() === option}
                    onChange={() => setAudience(option)}
                  />
                  {t(`announcements.form.audience.${option}`)}
                </label>
              )}
            </For>
          </div>
          {/* Kept in the page while hidden: ticked boxes survive a change of mind, and "all" sends none of them. */}
          <div class="announce-form__targets" hidden={audience() !== 'chosen'}>
            <Show when={municipalities() !== undefined} fallback={<LoadingState />}>
              <Show when={municipalities()} fallback={<p class="muted">{t('announcements.form.municipalitiesUnavailable')}</p>}>
                {(list) => (
                  <div class="choice-group__options announce-form__municipalities">
                    <For each={list()}>
                      {(municipality) => (
                        <label class="choice">
                          <input type="checkbox" name="targetMunicipalities" value={municipality.slug} />
                          {nameOf(municipality)}
                        </label>
                      )}
                    </For>
                  </div>
                )}
              </Show>
            </Show>
          </div>
        </ChoiceGroup>
      </fieldset>

      <h3 class="announce-form__call-heading">{t('announcements.form.section.call')}</h3>
      <p class="muted">{t('announcements.form.callNote')}</p>
      <CallFormFields errorOf={errorOf} errorIdOf={callErrorIdOf} clientErrors={errors.clientErrors} themes={themes()} />

    </FormFrame>
  );
}
