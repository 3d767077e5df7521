import { Show } from 'solid-js';

/** A page's heading and, under it, what the page is for. */
export function PageHeader(props: { title: string; intro?: string | undefined }) {
  return (
    <header class="page-header">
      <h1>{props.title}</h1>
      <Show when={props.intro}>
        <p class="page-header__intro">{props.intro}</p>
      </Show>
    </header>
  );
}
