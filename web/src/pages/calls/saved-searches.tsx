import { A, createAsync, revalidate, useAction, useSubmission } from '@solidjs/router';
import { createSignal, ErrorBoundary, For, Show, Suspense } from 'solid-js';
import { BusyButton } from '../../components/busy-button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { FieldError } from '../../components/form-field.tsx';
import { LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { CallSearch, SavedSearch, Theme } from '../../lib/api-types.ts';
import { fromSavedSearchQuery, toCallsHref, toSavedSearchQuery } from '../../lib/call-search.ts';
import { createSavedSearchAction, deleteSavedSearchAction, getSavedSearches } from './calls.data.ts';

/** Saved-search names: short enough for a notification's title. */
const nameMaxLength = 100;

/**
 * The calls page's saved searches: "Save this search" opens a small form for a name, and the list of the
 * user's saved searches opens below it; each opens the list with its filters again, or is deleted.
 */
export function SavedSearches(props: { search: CallSearch; themes: Theme[] }) {
  const { t } = useI18n();
  const [isFormOpen, setIsFormOpen] = createSignal(false);
  const [isListOpen, setIsListOpen] = createSignal(false);
  const [savedName, setSavedName] = createSignal<string | null>(null);
  let openFormButton: HTMLButtonElement | undefined;

  return (
    <div class="saved-searches">
      <div class="saved-searches__bar">
        <button
          ref={openFormButton}
          type="button"
          class="button button--secondary"
          aria-expanded={isFormOpen() ? 'true' : 'false'}
          aria-controls="save-search-form"
          onClick={() => {
            setSavedName(null);
            setIsFormOpen(!isFormOpen());
          }}
        >
          <span aria-hidden="true">☆</span>
          {t('savedSearches.save')}
        </button>
        <button
          type="button"
          class="button button--quiet"
          aria-expanded={isListOpen() ? 'true' : 'false'}
          aria-controls="saved-search-list"
          onClick={() => setIsListOpen(!isListOpen())}
        >
          {t('savedSearches.title')}
          <span aria-hidden="true">{isListOpen() ? ' ▴' : ' ▾'}</span>
        </button>
      </div>
      <p class="form__success saved-searches__saved" role="status">
        {savedName() ? t('savedSearches.saved', { name: savedName() ?? '' }) : ''}
      </p>
      <div id="save-search-form" hidden={!isFormOpen()}>
        <Show when={isFormOpen()}>
          <SaveSearchForm
            search={props.search}
            onSaved={(name) => {
              setIsFormOpen(false);
              setSavedName(name);
              setIsListOpen(true);
              openFormButton?.focus();
            }}
            onCancel={() => {
              setIsFormOpen(false);
              openFormButton?.focus();
            }}
          />
        </Show>
      </div>
      <div id="saved-search-list" class="saved-searches__panel" hidden={!isListOpen()}>
        <Show when={isListOpen()}>
          <ErrorBoundary
            fallback={(_, reset) => (
              <p class="inline-error" role="alert">
                {t('savedSearches.loadFailed')}{' '}
                <button
                  type="button"
                  class="button button--quiet"
                  onClick={() => void revalidate(getSavedSearches.key).then(reset)}
                >
                  {t('common.retry')}
                </button>
              </p>
            )}
          >
            <Suspense fallback={<LoadingState />}>
              {/* Opening a saved search closes the panel, so that its calls are what one sees. */}
              <SavedSearchList themes={props.themes} onOpen={() => setIsListOpen(false)} />
            </Suspense>
          </ErrorBoundary>
        </Show>
      </div>
    </div>
  );
}

function SaveSearchForm(props: { search: CallSearch; onSaved: (name: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const submission = useSubmission(createSavedSearchAction);
  const save = useAction(createSavedSearchAction);
  const [nameError, setNameError] = createSignal(false);
  const [hasFailed, setHasFailed] = createSignal(false);
  let nameInput: HTMLInputElement | undefined;

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submission.pending) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    setHasFailed(false);
    if (!name) {
      setNameError(true);
      nameInput?.focus();
      return;
    }
    try {
      await save({ name, query: toSavedSearchQuery(props.search), notify: data.get('notify') === 'on' });
      props.onSaved(name);
    } catch {
      setHasFailed(true);
    }
  };

  return (
    <form class="save-search-form" novalidate aria-label={t('savedSearches.formLabel')} onSubmit={(event) => void onSubmit(event)}>
      <div class="field">
        <label class="field__label" for="saved-search-name">
          {t('savedSearches.name')}
        </label>
        <input
          ref={(element) => {
            nameInput = element;
            // The form opens for this one field: put the cursor in it.
            requestAnimationFrame(() => element.focus());
          }}
          id="saved-search-name"
          class="field__input"
          name="name"
          type="text"
          maxLength={nameMaxLength}
          value={props.search.q ?? ''}
          aria-invalid={nameError() ? 'true' : undefined}
          aria-describedby={nameError() ? 'saved-search-name-error' : undefined}
          onInput={() => setNameError(false)}
        />
        <FieldError id="saved-search-name-error" message={nameError() ? t('savedSearches.error.name') : undefined} />
      </div>
      <label class="choice">
        <input type="checkbox" name="notify" checked />
        {t('savedSearches.notify')}
      </label>
      <Show when={hasFailed()}>
        <p class="inline-error" role="alert">
          {t('savedSearches.failed')}
        </p>
      </Show>
      <div class="form__actions">
        <BusyButton type="submit" class="button button--primary" isBusy={submission.pending} busyLabel={t('savedSearches.saving')}>
          {t('savedSearches.submit')}
        </BusyButton>
        <button type="button" class="button button--quiet" onClick={() => props.onCancel()}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function SavedSearchList(props: { themes: Theme[]; onOpen: () => void }) {
  const { t, tCount } = useI18n();
  const searches = createAsync(() => getSavedSearches());
  return (
    <Show when={searches()}>
      {(list) => (
        <Show when={list().length > 0} fallback={<p class="muted">{t('savedSearches.empty')}</p>}>
          <p class="result-count">{tCount('savedSearches.count', list().length)}</p>
          <ul class="saved-search-list">
            <For each={list()}>{(saved) => <SavedSearchEntry saved={saved} themes={props.themes} onOpen={props.onOpen} />}</For>
          </ul>
        </Show>
      )}
    </Show>
  );
}

function SavedSearchEntry(props: { saved: SavedSearch; themes: Theme[]; onOpen: () => void }) {
  const { t, tValue, language } = useI18n();
  const deleteSaved = useAction(deleteSavedSearchAction);
  const search = () => fromSavedSearchQuery(props.saved.query ?? {});
  const themeName = (slug: string) => {
    const theme = props.themes.find((candidate) => candidate.slug === slug);
    return theme ? (language() === 'el' ? theme.nameEl : theme.name) : slug;
  };
  const description = () => {
    const value = search();
    const parts = [
      value.q ? `«${value.q}»` : '',
      value.status ? t(`calls.filter.status.${value.status}`) : '',
      value.programme ? tValue('programme', value.programme) : '',
      value.theme ? themeName(value.theme) : '',
      value.applicant ? tValue('applicant', value.applicant) : '',
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' · ') : t('savedSearches.allCalls');
  };

  return (
    <li class="saved-search">
      <div class="saved-search__text">
        <A
          href={toCallsHref(search())}
          class="saved-search__name"
          activeClass=""
          inactiveClass=""
          end
          onClick={() => props.onOpen()}
        >
          {props.saved.name}
        </A>
        <span class="saved-search__filters">
          {description()}
          <Show when={props.saved.notify}>
            {' · '}
            <span class="saved-search__notify">{t('savedSearches.notifies')}</span>
          </Show>
        </span>
      </div>
      <ConfirmButton
        class="saved-search__delete"
        label={t('savedSearches.delete')}
        accessibleLabel={t('savedSearches.deleteLabel', { name: props.saved.name })}
        question={t('savedSearches.delete.confirm', { name: props.saved.name })}
        confirmLabel={t('savedSearches.delete.yes')}
        busyLabel={t('savedSearches.deleting')}
        failedMessage={t('savedSearches.delete.failed')}
        onConfirm={() => deleteSaved(props.saved.id)}
      />
    </li>
  );
}
