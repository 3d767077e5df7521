import { createAsync, useAction, useNavigate, useSubmission } from '@solidjs/router';
import { createSignal, For, onCleanup, Show, Suspense } from 'solid-js';
import { Breadcrumb } from '../../components/breadcrumb.tsx';
import { createFormErrors } from '../../components/form-errors.tsx';
import { FormFrame } from '../../components/form-frame.tsx';
import { ChoiceGroup, SelectField, TextField } from '../../components/form-field.tsx';
import { createForgetOnEdit, createSubmitHandler } from '../../components/form-submit.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { CallListItem, MunicipalityRef } from '../../lib/api-types.ts';
import { formatShortDate } from '../../lib/format.ts';
import { proposalFieldOfBodyProperty, proposalTitleMaxLength, readProposalForm } from '../../lib/proposal-form.ts';
import { proposalTemplates } from '../../lib/proposal-types.ts';
import { useSession } from '../../session.tsx';
import { CallLessonsHint } from '../lessons/call-lessons-hint.tsx';
import { NeedsPicker, PartnerPicker } from './proposal-pickers.tsx';
import { createProposalAction, getMunicipalities, getOpenCalls } from './proposals.data.ts';

/** A new proposal: its title, the call it answers, who leads, who joins, the template and the needs it meets. */
export default function NewProposalPage() {
  const { t, tValue, language } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  usePageTitle(() => t('proposalForm.title'));
  const submission = useSubmission(createProposalAction);
  const createProposal = useAction(createProposalAction);
  const errors = createFormErrors({ idPrefix: 'proposal', fieldOfBodyProperty: proposalFieldOfBodyProperty });
  const { errorOf } = errors;
  const onSubmit = createSubmitHandler({
    errors,
    read: readProposalForm,
    isBusy: () => submission.pending,
    save: async ({ proposal }) => {
      const created = await createProposal(proposal);
      submission.clear?.();
      navigate(`/proposals/${encodeURIComponent(created.id)}`);
    },
  });
  const onInput = createForgetOnEdit(errors);

  const nameOf = (municipality: MunicipalityRef) => (language() === 'el' ? municipality.nameEl : municipality.name);
  const municipalities = createAsync(() => getMunicipalities());
  // Officers lead for their own municipality only; the network-wide roles choose.
  const ownMunicipality = () => session.user()?.municipality ?? null;
  const [chosenLead, setChosenLead] = createSignal('');
  const leadSlug = () => ownMunicipality()?.slug ?? chosenLead();

  // The search box asks the API a moment after typing stops, not at every key.
  const [callWords, setCallWords] = createSignal('');
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(searchTimer));
  const calls = createAsync(() => getOpenCalls(callWords()));
  const [chosenCall, setChosenCall] = createSignal<CallListItem | null>(null);
  // The chosen call stays offered even when a new search no longer finds it.
  const callOptions = () => {
    const found = calls()?.items ?? [];
    const chosen = chosenCall();
    return chosen && !found.some((call) => call.id === chosen.id) ? [chosen, ...found] : found;
  };

  return (
    <div class="page page--narrow">
      <Breadcrumb href="/proposals" label={t('proposal.back')} />
      <PageHeader title={t('proposalForm.title')} intro={t('proposalForm.intro')} />
      <FormFrame
        class="proposal-form"
        headingId="proposal-form-heading"
        heading={t('proposalForm.title')}
        errors={errors}
        onSubmit={onSubmit}
        onInput={onInput}
        isBusy={submission.pending}
        busyLabel={t('proposalForm.submitting')}
        submitLabel={t('proposalForm.submit')}
        cancel={{ href: '/proposals' }}
      >
        <TextField id="proposal-title" name="title" label={t('proposalForm.titleField')} error={errorOf('title')} isRequired>
          {(attributes) => <input {...attributes} type="text" maxLength={proposalTitleMaxLength} />}
        </TextField>

        <ChoiceGroup legend={t('proposalForm.call')} errorId="proposal-call-error" error={errorOf('call')}>
          <label class="field__hint" for="proposal-call-search">
            {t('proposalForm.callSearch')}
          </label>
          <input
            id="proposal-call-search"
            class="field__input"
            type="search"
            autocomplete="off"
            onInput={(event) => {
              const words = event.currentTarget.value.trim();
              clearTimeout(searchTimer);
              searchTimer = setTimeout(() => setCallWords(words), 250);
            }}
          />
          <div class="choice-group__options proposal-form__calls">
            <label class="choice">
              <input type="radio" name="call" value="" checked={chosenCall() === null} onChange={() => setChosenCall(null)} />
              <span>{t('proposalForm.noCall')}</span>
            </label>
            <Suspense fallback={<LoadingState />}>
              <For each={callOptions()}>
                {(call) => (
                  <label class="choice">
                    <input
                      type="radio"
                      name="call"
                      value={call.id}
                      checked={chosenCall()?.id === call.id}
                      onChange={() => setChosenCall(call)}
                    />
                    <span>
                      {call.title}
                      <Show when={call.deadline}>
                        {(deadline) => (
                          <span class="choice__hint"> · {t('proposalForm.callDeadline', { date: formatShortDate(deadline(), language()) })}</span>
                        )}
                      </Show>
                    </span>
                  </label>
                )}
              </For>
            </Suspense>
          </div>
        </ChoiceGroup>
        <Show when={chosenCall()} keyed>
          {(call) => <CallLessonsHint callId={call.id} programme={call.programme} />}
        </Show>

        <Show
          when={ownMunicipality()}
          fallback={
            <SelectField
              id="proposal-lead"
              name="lead"
              label={t('proposalForm.lead')}
              error={errorOf('lead')}
              isRequired
              onChange={(event) => setChosenLead(event.currentTarget.value)}
            >
              <option value="">{t('proposalForm.chooseLead')}</option>
              <For each={municipalities() ?? []}>{(municipality) => <option value={municipality.slug}>{nameOf(municipality)}</option>}</For>
            </SelectField>
          }
        >
          {(own) => (
            <div class="field">
              <span class="field__label">{t('proposalForm.lead')}</span>
              <input type="hidden" name="lead" value={own().slug} />
              <p class="proposal-form__fixed">{nameOf(own())}</p>
            </div>
          )}
        </Show>

        <PartnerPicker idPrefix="proposal" leadSlug={leadSlug()} error={errorOf('partners')} />

        <SelectField id="proposal-template" name="template" label={t('proposalForm.template')} error={errorOf('template')} isRequired>
          <For each={proposalTemplates}>{(template) => <option value={template}>{tValue('proposal.template', template)}</option>}</For>
        </SelectField>

        <NeedsPicker
          idPrefix="proposal"
          slugs={[leadSlug()]}
          legend={t('proposalForm.needs')}
          empty={t('proposalForm.noNeeds')}
          error={errorOf('needs')}
        />

      </FormFrame>
    </div>
  );
}
