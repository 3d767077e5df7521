import { A, createAsync, revalidate, useAction } from '@solidjs/router';
import { createSignal, For, onCleanup, Show, Suspense } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { FormActions } from '../../components/form-frame.tsx';
import { LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { GoodPracticeSummary } from '../../lib/api-types.ts';
import type { Proposal } from '../../lib/proposal-types.ts';
import { getPractices, getProposalPractices, setProposalPracticesAction } from '../good-practices/good-practices.data.ts';

/** The network's good practices this proposal builds on; its editors choose them from the whole list. */
export function ProposalGoodPractices(props: { proposal: Proposal }) {
  const { t } = useI18n();
  const linked = createAsync(() => getProposalPractices(props.proposal.id));
  const [isChoosing, setIsChoosing] = createSignal(false);
  let chooseButton: HTMLButtonElement | undefined;
  const closePicker = () => {
    setIsChoosing(false);
    requestAnimationFrame(() => chooseButton?.focus());
  };

  return (
    <section class="proposal-practices" aria-labelledby="proposal-practices-title">
      <h2 id="proposal-practices-title">{t('practices.forProposal.title')}</h2>
      <AsyncBoundary refetch={() => revalidate(getProposalPractices.keyFor(props.proposal.id))}>
        <Show when={linked()}>
          {(list) => (
            <Show
              when={isChoosing()}
              fallback={
                <>
                  <Show when={list().length > 0} fallback={<p class="panel-empty">{t('practices.forProposal.empty')}</p>}>
                    <ul class="proposal-practices__list">
                      <For each={list()}>{(practice) => <LinkedPractice practice={practice} />}</For>
                    </ul>
                  </Show>
                  <Show when={props.proposal.access === 'edit'}>
                    <button ref={chooseButton} type="button" class="button button--secondary" onClick={() => setIsChoosing(true)}>
                      {t('practices.forProposal.choose')}
                    </button>
                  </Show>
                </>
              }
            >
              <PracticePicker proposalId={props.proposal.id} linked={list()} onDone={closePicker} />
            </Show>
          )}
        </Show>
      </AsyncBoundary>
    </section>
  );
}

function LinkedPractice(props: { practice: GoodPracticeSummary }) {
  const { language } = useI18n();
  const place = () => (language() === 'el' ? props.practice.municipality.nameEl : props.practice.municipality.name);
  return (
    <li class="proposal-practice">
      <A href={`/good-practices/${encodeURIComponent(props.practice.id)}`} class="proposal-practice__title" activeClass="" inactiveClass="">
        {props.practice.title}
      </A>
      <span class="proposal-practice__place">{place()}</span>
      <p class="proposal-practice__summary">{props.practice.summary}</p>
    </li>
  );
}

/**
 * Ticks practices found by a search box (the API is asked a moment after typing stops); those already ticked
 * stay offered while another search does not find them. Saving replaces the proposal's whole list.
 */
function PracticePicker(props: { proposalId: string; linked: GoodPracticeSummary[]; onDone: () => void }) {
  const { t, language } = useI18n();
  const save = useAction(setProposalPracticesAction);
  const [words, setWords] = createSignal('');
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(searchTimer));
  const found = createAsync(() => getPractices(words() ? { q: words() } : {}).then((page) => page.items));
  const [chosen, setChosen] = createSignal(props.linked);
  const [isBusy, setIsBusy] = createSignal(false);
  const [hasFailed, setHasFailed] = createSignal(false);
  const isChosen = (id: string) => chosen().some((practice) => practice.id === id);
  const toggle = (practice: GoodPracticeSummary, isChecked: boolean) =>
    setChosen((current) => (isChecked ? [...current, practice] : current.filter((other) => other.id !== practice.id)));
  const options = () => {
    const results = found() ?? [];
    return [...chosen().filter((practice) => !results.some((result) => result.id === practice.id)), ...results];
  };
  const place = (practice: GoodPracticeSummary) => (language() === 'el' ? practice.municipality.nameEl : practice.municipality.name);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (isBusy()) return;
    setHasFailed(false);
    setIsBusy(true);
    try {
      await save(
        props.proposalId,
        chosen().map((practice) => practice.id),
      );
      props.onDone();
    } catch {
      setHasFailed(true);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form class="practice-picker" novalidate aria-label={t('practices.forProposal.choose')} onSubmit={(event) => void submit(event)}>
      <label class="field__label" for="practice-picker-search">
        {t('practices.forProposal.search')}
      </label>
      <input
        id="practice-picker-search"
        class="field__input"
        type="search"
        autocomplete="off"
        ref={(element) => requestAnimationFrame(() => element.focus())}
        onInput={(event) => {
          const value = event.currentTarget.value.trim();
          clearTimeout(searchTimer);
          searchTimer = setTimeout(() => setWords(value), 250);
        }}
      />
      <fieldset class="practice-picker__options">
        <legend class="visually-hidden">{t('practices.forProposal.title')}</legend>
        <Suspense fallback={<LoadingState />}>
          <Show when={options().length > 0} fallback={<p class="panel-empty">{t('practices.forProposal.noneFound')}</p>}>
            <For each={options()}>
              {(practice) => (
                <label class="choice choice--with-hint">
                  <input
                    type="checkbox"
                    name="practices"
                    value={practice.id}
                    checked={isChosen(practice.id)}
                    onChange={(event) => toggle(practice, event.currentTarget.checked)}
                  />
                  <span>
                    <span class="choice__label">{practice.title}</span>
                    <span class="choice__hint">{place(practice)}</span>
                  </span>
                </label>
              )}
            </For>
          </Show>
        </Suspense>
      </fieldset>
      <Show when={hasFailed()}>
        <p class="inline-error" role="alert">
          {t('practices.forProposal.failed')}
        </p>
      </Show>
      <FormActions
        isBusy={isBusy()}
        busyLabel={t('practices.forProposal.saving')}
        submitLabel={t('practices.forProposal.save')}
        cancel={{ onClick: () => props.onDone() }}
      />
    </form>
  );
}
