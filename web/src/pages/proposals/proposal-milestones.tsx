import { useAction } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { FormActions } from '../../components/form-frame.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatShortDate, toIsoString } from '../../lib/format.ts';
import { readMilestoneForm } from '../../lib/milestone-form.ts';
import type { Proposal } from '../../lib/proposal-types.ts';
import { addMilestoneAction, deleteMilestoneAction } from './proposals.data.ts';

/** The proposal's own dates before the deadline (council decision, partner letters), in the order they fall. */
export function ProposalMilestones(props: { proposal: Proposal }) {
  const { t, language } = useI18n();
  const deleteMilestone = useAction(deleteMilestoneAction);
  const canEdit = () => props.proposal.access === 'edit';
  const [isAdding, setIsAdding] = createSignal(false);
  return (
    <Show when={props.proposal.milestones.length > 0 || canEdit()}>
      <section class="milestones" aria-labelledby="milestones-title">
        <h2 id="milestones-title" class="milestones__title">
          {t('milestones.title')}
        </h2>
        <Show when={props.proposal.milestones.length > 0} fallback={<p class="panel-empty">{t('milestones.empty')}</p>}>
          <ul class="milestones__list">
            <For each={props.proposal.milestones}>
              {(milestone) => (
                <li class="milestone">
                  <time class="milestone__date" datetime={toIsoString(milestone.dueAt)}>
                    {formatShortDate(milestone.dueAt, language())}
                  </time>
                  <span class="milestone__title">{milestone.title}</span>
                  <Show when={canEdit()}>
                    <ConfirmButton
                      class="milestone__delete"
                      label={t('milestones.delete')}
                      accessibleLabel={t('milestones.deleteNamed', { name: milestone.title })}
                      question={t('milestones.deleteQuestion')}
                      confirmLabel={t('milestones.delete')}
                      busyLabel={t('milestones.deleting')}
                      failedMessage={t('milestones.failed')}
                      onConfirm={() => deleteMilestone(props.proposal.id, milestone.id)}
                    />
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={canEdit()}>
          <Show
            when={isAdding()}
            fallback={
              <button type="button" class="button button--quiet" onClick={() => setIsAdding(true)}>
                <span aria-hidden="true">+ </span>
                {t('milestones.add')}
              </button>
            }
          >
            <MilestoneForm proposalId={props.proposal.id} onDone={() => setIsAdding(false)} />
          </Show>
        </Show>
      </section>
    </Show>
  );
}

function MilestoneForm(props: { proposalId: string; onDone: () => void }) {
  const { t } = useI18n();
  const addMilestone = useAction(addMilestoneAction);
  const [isBusy, setIsBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<{ field: 'title' | 'dueAt' | null; message: string } | null>(null);
  const submit = async (form: HTMLFormElement) => {
    const reading = readMilestoneForm(new FormData(form));
    if (!reading.isValid) {
      setProblem({ field: reading.invalid, message: t(reading.invalid === 'title' ? 'milestones.titleRequired' : 'milestones.dateRequired') });
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setProblem(null);
    setIsBusy(true);
    try {
      await addMilestone(props.proposalId, reading.milestone);
      props.onDone();
    } catch {
      setProblem({ field: null, message: t('milestones.failed') });
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <form
      class="milestone-form"
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!isBusy()) void submit(event.currentTarget);
      }}
    >
      <label class="field__label" for="milestone-title">
        {t('milestones.titleLabel')}
      </label>
      <input
        id="milestone-title"
        name="title"
        class="field__input"
        type="text"
        maxLength={300}
        aria-invalid={problem()?.field === 'title' ? 'true' : undefined}
        ref={(input) => requestAnimationFrame(() => input.focus())}
      />
      <label class="field__label" for="milestone-due">
        {t('milestones.date')}
      </label>
      <input id="milestone-due" name="dueAt" class="field__input" type="date" aria-invalid={problem()?.field === 'dueAt' ? 'true' : undefined} />
      <Show when={problem()}>
        {(current) => (
          <p class="inline-error" role="alert">
            {current().message}
          </p>
        )}
      </Show>
      <FormActions
        class="milestone-form__actions"
        submitClass="button button--secondary"
        isBusy={isBusy()}
        busyLabel={t('milestones.adding')}
        submitLabel={t('milestones.add')}
        cancel={{ onClick: () => props.onDone() }}
      />
    </form>
  );
}
