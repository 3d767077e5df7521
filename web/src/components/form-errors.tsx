import { createSignal, For, Show } from 'solid-js';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import { isApiError } from '../lib/api.ts';
import { groupIssuesByField } from '../lib/forms.ts';

/**
 * The errors of a form sent to the API: those found before sending (message keys, per field), those the API
 * gave per field, and what went wrong with the request as a whole (`failure`, with the API's `generalErrors`).
 */
export function createFormErrors<Field extends string>(options: {
  /** Errors get the ids `<idPrefix>-<field>-error`, as the fields' FieldError names them. */
  idPrefix: string;
  /** Which field shows the API's complaint about each property of the body. */
  fieldOfBodyProperty: Record<string, Field>;
}) {
  type ClientErrors = Partial<Record<Field, MessageKey>>;
  type ServerErrors = Partial<Record<Field, string>>;
  const { t } = useI18n();
  const [clientErrors, setClientErrors] = createSignal<ClientErrors>({});
  const [serverErrors, setServerErrors] = createSignal<ServerErrors>({});
  const [generalErrors, setGeneralErrors] = createSignal<string[]>([]);
  const [failure, setFailure] = createSignal<MessageKey | null>(null);

  const errorOf = (field: Field): string | undefined => {
    const own = clientErrors()[field];
    if (own) return t(own);
    const fromServer = serverErrors()[field];
    return fromServer === undefined ? undefined : t('form.error.rejected', { message: fromServer });
  };

  const errorIdOf = (field: Field) => (errorOf(field) ? `${options.idPrefix}-${field}-error` : undefined);

  /** Drops a field's error as soon as it is being corrected. */
  const forget = (field: Field) => {
    if (clientErrors()[field]) setClientErrors(({ [field]: _, ...rest }) => rest as ClientErrors);
    if (serverErrors()[field] !== undefined) setServerErrors(({ [field]: _, ...rest }) => rest as ServerErrors);
  };

  /** Before the form is sent again: what the API said of the last attempt no longer holds. */
  const clearRequestErrors = () => {
    setFailure(null);
    setGeneralErrors([]);
    setServerErrors({});
  };

  /** Tells why the API refused the form, or that it could not be reached. */
  const showRequestFailure = (error: unknown) => {
    if (isApiError(error, 400)) {
      // Issues name the refused fields; a rule of the domain (an unknown theme, a bad cron) comes as a message.
      const { byField, general } = groupIssuesByField(error.issues, options.fieldOfBodyProperty);
      setServerErrors(() => byField);
      setGeneralErrors(error.issues.length > 0 ? general : [error.message]);
      setFailure(Object.keys(byField).length > 0 ? 'form.error.summary' : 'form.error.invalid');
    } else if (isApiError(error, 403)) setFailure('form.error.forbidden');
    else if (isApiError(error, 0)) setFailure('common.error.network');
    else setFailure('form.error.generic');
  };

  return {
    clientErrors,
    setClientErrors,
    failure,
    setFailure,
    generalErrors,
    errorOf,
    errorIdOf,
    forget,
    clearRequestErrors,
    showRequestFailure,
  };
}

export type FormErrors<Field extends string> = ReturnType<typeof createFormErrors<Field>>;

/** Moves the focus to the first refused field, or to the form's alert when no field is to blame. */
export function focusFirstError(form: HTMLFormElement | undefined) {
  requestAnimationFrame(() => {
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? form?.querySelector<HTMLElement>('.form__error'))?.focus();
  });
}

/** The form's alert: why sending it failed, and the API's complaints that concern no single field. */
export function FormErrorAlert(props: { failure: MessageKey | null; generalErrors: string[] }) {
  const { t } = useI18n();
  return (
    <div class="form__error" role="alert" tabindex="-1">
      <Show when={props.failure}>
        {(key) => (
          <>
            <p>{t(key())}</p>
            <Show when={props.generalErrors.length > 0}>
              <ul class="form__error-list">
                <For each={props.generalErrors}>{(message) => <li>{message}</li>}</For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
