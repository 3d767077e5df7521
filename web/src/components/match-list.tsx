import { createSignal, For, Show, type Accessor, type JSX } from 'solid-js';
import { useI18n } from '../i18n/index.tsx';

/** The best few first: a long tail of weak matches (across 18 municipalities, a long list) is there on request. */
const matchesPerStep = 10;

/**
 * A ranked list of match cards, ten at a time with a "show 10 more" button. Keyed by `keyOf`: when the list
 * is read again each card stays the same component, keeping its mark.
 */
export function MatchList<Match>(props: {
  matches: readonly Match[];
  keyOf: (match: Match) => string;
  children: (match: Accessor<Match>) => JSX.Element;
}) {
  const { t } = useI18n();
  const [shownCount, setShownCount] = createSignal(matchesPerStep);
  let listElement: HTMLOListElement | undefined;
  const showMore = () => {
    const firstNew = shownCount();
    setShownCount(firstNew + matchesPerStep);
    // Keyboard users go on from the first card just shown, not from the top of the page.
    requestAnimationFrame(() => listElement?.querySelectorAll<HTMLElement>('.match-card__title a')[firstNew]?.focus());
  };
  const allKeys = () => props.matches.map((match) => props.keyOf(match));
  const shownKeys = () => allKeys().slice(0, shownCount());
  const hiddenCount = () => Math.max(0, allKeys().length - shownCount());
  const matchOf = (key: string) => props.matches.find((match) => props.keyOf(match) === key);

  return (
    <>
      <ol class="match-list" ref={listElement}>
        <For each={shownKeys()}>{(key) => <Show when={matchOf(key)}>{(match) => props.children(match)}</Show>}</For>
      </ol>
      <Show when={hiddenCount() > 0}>
        <p class="match-list__more">
          <button type="button" class="button button--secondary" onClick={showMore}>
            {t('matches.showMore', { count: Math.min(matchesPerStep, hiddenCount()) })}
          </button>
        </p>
      </Show>
    </>
  );
}
