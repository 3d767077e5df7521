import { Show } from 'solid-js';

/** The message under a field that was refused; its id goes into the field's aria-describedby. */
export function FieldError(props: { id: string; message: string | undefined }) {
  return (
    <Show when={props.message}>
      <p id={props.id} class="field__error">
        {props.message}
      </p>
    </Show>
  );
}

/** Joins the ids of a field's hint and error for aria-describedby, leaving out those not shown. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}
