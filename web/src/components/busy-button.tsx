import { Show, splitProps, type JSX } from 'solid-js';

/** A button that, while its request is under way, is disabled and says so with a spinner and `busyLabel`. */
export function BusyButton(
  props: Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'disabled' | 'aria-busy' | 'children'> & {
    isBusy: boolean | undefined;
    busyLabel: string;
    children: JSX.Element;
  },
) {
  const [own, button] = splitProps(props, ['isBusy', 'busyLabel', 'children']);
  return (
    <button {...button} disabled={own.isBusy} aria-busy={own.isBusy ? 'true' : 'false'}>
      <Show when={own.isBusy} fallback={own.children}>
        <span class="spinner spinner--on-dark" aria-hidden="true" />
        {own.busyLabel}
      </Show>
    </button>
  );
}
