import type { MessageKey } from '../i18n/index.tsx';
import { focusFirstError, type FormErrors } from './form-errors.tsx';

/** What a form's reader makes of it: what to send, or for each field at fault the message to show there. */
type FormReading<Field extends string> = { isValid: true } | { isValid: false; errors: Partial<Record<Field, MessageKey>> };

/**
 * The submit handler of a form sent to the API. It reads the form; what is wrong before sending is shown at
 * the fields; otherwise `save` sends it, and why the API refused it is shown. Either way the focus goes to
 * the first error, so that a keyboard or screen reader user lands on it.
 */
export function createSubmitHandler<Field extends string, Reading extends FormReading<Field>>(options: {
  errors: FormErrors<Field>;
  read: (data: FormData) => Reading;
  save: (reading: Extract<Reading, { isValid: true }>) => Promise<void>;
  /** While the form is being sent, a second submit is ignored. */
  isBusy: () => boolean | undefined;
  /** false: what is found before sending shows at the fields only, not in the alert (the sources form's alert sits after them). */
  hasSummary?: boolean;
}) {
  const { errors } = options;
  return async (event: SubmitEvent & { currentTarget: HTMLFormElement }) => {
    event.preventDefault();
    // Taken now: currentTarget is gone once the event has been dispatched, before the save is answered.
    const form = event.currentTarget;
    if (options.isBusy()) return;
    errors.clearRequestErrors();
    const reading = options.read(new FormData(form));
    if (!reading.isValid) {
      errors.setClientErrors(() => reading.errors);
      if (options.hasSummary !== false) errors.setFailure('form.error.summary');
      focusFirstError(form);
      return;
    }
    errors.setClientErrors({});
    try {
      await options.save(reading as Extract<Reading, { isValid: true }>);
    } catch (error) {
      errors.showRequestFailure(error);
      focusFirstError(form);
    }
  };
}

/**
 * The form's onInput and onChange handler: drops the error of the field being corrected. `fieldOfInput` names
 * the field of the inputs whose name is not their field's.
 */
export function createForgetOnEdit<Field extends string>(errors: FormErrors<Field>, fieldOfInput: Record<string, Field> = {}) {
  return (event: Event) => {
    const name = (event.target as HTMLInputElement | null)?.name;
    if (name) errors.forget(fieldOfInput[name] ?? (name as Field));
  };
}
