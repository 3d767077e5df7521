import { Show, splitProps, untrack, type JSX } from 'solid-js';

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

/** What ties a control to its label, hint and error; spread onto the input, textarea or select. */
export interface FieldControlAttributes {
  id: string;
  name: string;
  class: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
  'aria-required': 'true' | undefined;
}

interface FieldProps {
  /** The control's id; its hint and its error take the ids `<id>-hint` and `<id>-error`. */
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  isRequired?: boolean;
  /** Added to the field's own class, for its place in a layout. */
  class?: string;
}

const fieldPropNames = ['id', 'name', 'label', 'hint', 'error', 'isRequired', 'class'] as const;

function createControlAttributes(props: FieldProps): FieldControlAttributes {
  const hintId = () => (props.hint ? `${props.id}-hint` : undefined);
  const errorId = () => (props.error ? `${props.id}-error` : undefined);
  // Getters, so that the spread control follows the error without being created again (and losing its text).
  return {
    get id() {
      return props.id;
    },
    get name() {
      return props.name;
    },
    class: 'field__input',
    get 'aria-invalid'() {
      return props.error ? ('true' as const) : undefined;
    },
    get 'aria-describedby'() {
      return describedBy(hintId(), errorId());
    },
    get 'aria-required'() {
      return props.isRequired ? ('true' as const) : undefined;
    },
  };
}

/** The label (with its required marker), the hint and the error around one control. */
function LabelledControl(props: FieldProps & { children: JSX.Element }) {
  return (
    <div class={props.class ? `field ${props.class}` : 'field'}>
      <label class="field__label" for={props.id}>
        {props.label}
        <Show when={props.isRequired}>
          <span class="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        </Show>
      </label>
      <Show when={props.hint}>
        <span id={`${props.id}-hint`} class="field__hint">
          {props.hint}
        </span>
      </Show>
      {props.children}
      <FieldError id={`${props.id}-error`} message={props.error} />
    </div>
  );
}

/** A labelled input or textarea with an optional hint and its error; the control itself comes from the caller. */
export function TextField(props: FieldProps & { children: (attributes: FieldControlAttributes) => JSX.Element }) {
  const [own, field] = splitProps(props, ['children'], fieldPropNames);
  const attributes = createControlAttributes(field);
  return <LabelledControl {...field}>{untrack(() => own.children(attributes))}</LabelledControl>;
}

/** A labelled select with an optional hint and its error; the options are its children. */
export function SelectField(
  props: FieldProps &
    Pick<JSX.SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & { children: JSX.Element },
) {
  const [own, field, select] = splitProps(props, ['children'], fieldPropNames);
  return (
    <LabelledControl {...field}>
      <select {...createControlAttributes(field)} {...select}>
        {own.children}
      </select>
    </LabelledControl>
  );
}

/** Radio buttons or checkboxes under one legend, with the error of the group as a whole. */
export function ChoiceGroup(props: { legend: string; errorId: string; error: string | undefined; children: JSX.Element }) {
  return (
    <fieldset class="field choice-group" aria-describedby={props.error ? props.errorId : undefined}>
      <legend class="field__label">{props.legend}</legend>
      {props.children}
      <FieldError id={props.errorId} message={props.error} />
    </fieldset>
  );
}
