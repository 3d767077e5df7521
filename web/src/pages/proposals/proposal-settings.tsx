import { useAction } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { BusyButton } from '../../components/busy-button.tsx';
import { createFormErrors, FormErrorAlert } from '../../components/form-errors.tsx';
import { FieldError, TextField } from '../../components/form-field.tsx';
import { createForgetOnEdit, createSubmitHandler } from '../../components/form-submit.ts';
import { useI18n } from '../../i18n/index.tsx';
import { isApiError } from '../../lib/api.ts';
import { utcToAthensDateTime } from '../../lib/athens-time.ts';
import { proposalTitleMaxLength } from '../../lib/proposal-form.ts';
import { proposalSettingsFieldOfBodyProperty, readProposalSettingsForm, type ProposalSettingsField } from '../../lib/proposal-settings-form.ts';
import type { Proposal } from '../../lib/proposal-types.ts';
import { ProposalConflict } from './proposal-conflict.tsx';
import { NeedsPicker, PartnerPicker } from './proposal-pickers.tsx';
import { updateProposalAction } from './proposals.data.ts';

/** Inputs whose name differs from the field that shows their error. */
const fieldOfInput: Record<string, ProposalSettingsField> = { deadlineDate: 'deadline', deadlineTime: 'deadline' };

/**
 * The proposal's own facts, for those who may edit it: its title, its partners, the needs it meets and, when it
 * answers no call, its deadline. Sent with the version the page read; a stale one is refused (409) and said so.
 */
export function ProposalSettings(props: { proposal: Proposal }) {
  const { t } = useI18n();
  const [isSaved, setIsSaved] = createSignal(false);
  return (
    <section class="proposal-settings" aria-labelledby="proposal-settings-title">
      <h2 id="proposal-settings-title" class="panel-title visually-hidden">
        {t('proposal.panel.settings')}
      </h2>
      {/* Built anew from each version read, so that the form shows what is stored now. */}
      <Show when={String(props.proposal.version)} keyed>
        {(version) => <SettingsForm proposal={props.proposal} version={Number(version)} onSaved={setIsSaved} />}
      </Show>
      <Show when={isSaved()}>
        <p class="form__success" role="status">
          {t('proposalSettings.saved')}
        </p>
      </Show>
    </section>
  );
}

function SettingsForm(props: { proposal: Proposal; version: number; onSaved: (isSaved: boolean) => void }) {
  const { t } = useI18n();
  const updateProposal = useAction(updateProposalAction);
  const [isBusy, setIsBusy] = createSignal(false);
  const [isConflict, setIsConflict] = createSignal(false);
  const errors = createFormErrors({ idPrefix: 'proposal-settings', fieldOfBodyProperty: proposalSettingsFieldOfBodyProperty });
  const { errorOf, errorIdOf } = errors;
  const hasCall = () => props.proposal.call !== null;
  const leadSlug = () => props.proposal.leadMunicipality.slug;
  // The needs offered follow the partners ticked, before anything is saved.
  const [partners, setPartners] = createSignal(props.proposal.partnerMunicipalities.map((partner) => partner.slug));
  const [needIds, setNeedIds] = createSignal(props.proposal.needIds);
  const toggle = (chosen: string[], item: string, isChecked: boolean) => (isChecked ? [...chosen, item] : chosen.filter((other) => other !== item));
  const deadline = props.proposal.deadline ? utcToAthensDateTime(props.proposal.deadline) : null;

  const onSubmit = createSubmitHandler({
    errors,
    read: (data) => readProposalSettingsForm(data, { leadSlug: leadSlug(), hasCall: hasCall() }),
    isBusy,
    save: async ({ change }) => {
      setIsConflict(false);
      setIsBusy(true);
      try {
        await updateProposal(props.proposal.id, { version: props.version, ...change });
        props.onSaved(true);
      } catch (error) {
        // A stale version is no fault of the form: the proposal is to be read again, not the fields corrected.
        if (isApiError(error, 409)) setIsConflict(true);
        else throw error;
      } finally {
        setIsBusy(false);
      }
    },
  });
  const forget = createForgetOnEdit(errors, fieldOfInput);
  const onInput = (event: Event) => {
    props.onSaved(false);
    forget(event);
  };

  return (
    <form
      class="form proposal-settings__form"
      method="post"
      novalidate
      aria-label={t('proposal.panel.settings')}
      onSubmit={(event) => void onSubmit(event)}
      onInput={onInput}
      onChange={onInput}
    >
      <FormErrorAlert failure={errors.failure()} generalErrors={errors.generalErrors()} />
      <Show when={isConflict()}>
        <ProposalConflict proposalId={props.proposal.id} onReload={() => setIsConflict(false)} />
      </Show>
      <TextField id="proposal-settings-title-field" name="title" label={t('proposalForm.titleField')} error={errorOf('title')} isRequired>
        {(attributes) => <input {...attributes} type="text" maxLength={proposalTitleMaxLength} value={props.proposal.title} />}
      </TextField>

      <Show when={!hasCall()}>
        <fieldset class="field proposal-settings__deadline" aria-describedby={errorIdOf('deadline')}>
          <legend class="field__label">{t('proposalSettings.deadline')}</legend>
          <span class="field__hint">{t('proposalSettings.deadlineHint')}</span>
          <div class="proposal-settings__when">
            <label class="field__hint" for="proposal-settings-deadlineDate">
              {t('callForm.deadlineDate')}
            </label>
            <input
              id="proposal-settings-deadlineDate"
              class="field__input"
              type="date"
              name="deadlineDate"
              value={deadline?.date ?? ''}
              aria-invalid={errorOf('deadline') && errors.clientErrors().deadline !== 'callForm.error.time' ? 'true' : undefined}
            />
            <label class="field__hint" for="proposal-settings-deadlineTime">
              {t('callForm.deadlineTime')}
            </label>
            <input
              id="proposal-settings-deadlineTime"
              class="field__input"
              type="time"
              name="deadlineTime"
              value={deadline?.time ?? ''}
              aria-invalid={errors.clientErrors().deadline === 'callForm.error.time' ? 'true' : undefined}
            />
          </div>
          <FieldError id="proposal-settings-deadline-error" message={errorOf('deadline')} />
        </fieldset>
      </Show>

      <PartnerPicker
        idPrefix="proposal-settings"
        leadSlug={leadSlug()}
        error={errorOf('partners')}
        checked={partners()}
        onToggle={(slug, isChecked) => setPartners((chosen) => toggle(chosen, slug, isChecked))}
      />
      <NeedsPicker
        idPrefix="proposal-settings"
        slugs={[leadSlug(), ...partners()]}
        legend={t('proposalSettings.needs')}
        empty={t('proposalSettings.noNeeds')}
        error={errorOf('needs')}
        checked={needIds()}
        onToggle={(needId, isChecked) => setNeedIds((chosen) => toggle(chosen, needId, isChecked))}
      />

      <div class="form__actions">
        <BusyButton type="submit" class="button button--primary" isBusy={isBusy()} busyLabel={t('proposalSettings.saving')}>
          {t('proposalSettings.save')}
        </BusyButton>
      </div>
    </form>
  );
}
