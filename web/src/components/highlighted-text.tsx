import { For, Show } from 'solid-js';
import type { HighlightedText as Highlighted } from '../lib/api-types.ts';
import { piecesOf } from '../lib/highlight.ts';

/**
 * A text with the words that matched the search in <mark>. Built from text pieces, never from markup:
 * the text comes from outside sources and must stay text.
 */
export function HighlightedText(props: { value: Highlighted | undefined; fallback: string }) {
  return (
    <For each={piecesOf(props.value, props.fallback)}>
      {(piece) => (
        <Show when={piece.isMatch} fallback={piece.text}>
          <mark class="search-match">{piece.text}</mark>
        </Show>
      )}
    </For>
  );
}
