import { useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, on, onCleanup, type JSX } from 'solid-js';
import { TextField } from './form-field.tsx';

const searchDelayMs = 350;

/**
 * The words of a list's search box, put in the address (`q`) as one types: without a request per keystroke
 * and without a history entry per word. `searched` is what the address says is searched now.
 */
export function createSearchDraft(searched: () => string | undefined) {
  const [, setSearchParams] = useSearchParams();
  const [draft, setDraft] = createSignal(searched() ?? '');
  let pendingSearch: ReturnType<typeof setTimeout> | undefined;

  const commit = (value: string) => {
    clearTimeout(pendingSearch);
    pendingSearch = undefined;
    if (value.trim() === (searched() ?? '')) return;
    setSearchParams({ q: value.trim() || undefined, page: undefined }, { replace: true });
  };
  const onInput = (value: string) => {
    setDraft(value);
    clearTimeout(pendingSearch);
    pendingSearch = setTimeout(() => commit(value), searchDelayMs);
  };
  onCleanup(() => clearTimeout(pendingSearch));
  // Back and forward change the address under the box: show what is searched.
  createEffect(
    on(
      () => searched() ?? '',
      (q) => {
        if (pendingSearch === undefined && q !== draft().trim()) setDraft(q);
      },
      { defer: true },
    ),
  );

  return {
    draft,
    commit: () => commit(draft()),
    onInput,
    /** Before the filters are cleared: the words typed are dropped and not sent a moment later. */
    clear: () => {
      clearTimeout(pendingSearch);
      pendingSearch = undefined;
      setDraft('');
    },
  };
}

export type SearchDraft = ReturnType<typeof createSearchDraft>;

/** A list's search form: the box, then the list's filters (`children`). Enter searches at once. */
export function SearchForm(props: {
  class: string;
  label: string;
  searchId: string;
  searchLabel: string;
  searchClass: string;
  placeholder: string;
  draft: SearchDraft;
  children: JSX.Element;
}) {
  return (
    <form
      class={props.class}
      role="search"
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        props.draft.commit();
      }}
    >
      <TextField id={props.searchId} name="q" label={props.searchLabel} class={props.searchClass}>
        {(attributes) => (
          <input
            {...attributes}
            type="search"
            autocomplete="off"
            enterkeyhint="search"
            maxLength={200}
            placeholder={props.placeholder}
            value={props.draft.draft()}
            onInput={(event) => props.draft.onInput(event.currentTarget.value)}
          />
        )}
      </TextField>
      {props.children}
    </form>
  );
}
