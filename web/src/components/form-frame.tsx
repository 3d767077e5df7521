import { A } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import { useI18n } from '../i18n/index.tsx';
import { BusyButton } from './busy-button.tsx';
import { FormErrorAlert, type FormErrors } from './form-errors.tsx';

/** Where cancelling leads: back to a page, or (a form within a page) closing the form. */
export type FormCancel = { href: string } | { onClick: () => void };

/** A form's submit button, busy while it is sent, and its cancel link or button. */
export function FormActions(props: {
  isBusy: boolean | undefined;
  busyLabel: string;
  submitLabel: string;
  cancel: FormCancel;
  /** The row's class; small forms within a panel lay their buttons out their own way. */
  class?: string;
  submitClass?: string;
}) {
  const { t } = useI18n();
  const cancelHref = () => ('href' in props.cancel ? props.cancel.href : undefined);
  const cancel = () => {
    if ('onClick' in props.cancel) props.cancel.onClick();
  };
  return (
    <div class={props.class ?? 'form__actions'}>
      <BusyButton type="submit" class={props.submitClass ?? 'button button--primary'} isBusy={props.isBusy} busyLabel={props.busyLabel}>
        {props.submitLabel}
      </BusyButton>
      <Show
        when={cancelHref()}
        fallback={
          <button type="button" class="button button--quiet" onClick={cancel}>
            {t('common.cancel')}
          </button>
        }
      >
        {(href) => (
          <A href={href()} class="button button--quiet" end activeClass="" inactiveClass="">
            {t('common.cancel')}
          </A>
        )}
      </Show>
    </div>
  );
}

/**
 * The frame of a whole form sent to the API: its heading (for screen readers only unless `isHeadingVisible`),
 * the alert that says why sending failed, the note on required fields, the fields, and the actions.
 */
export function FormFrame(props: {
  /** Added to "form form--wide"; the end-to-end tests find forms by it. */
  class?: string;
  headingId: string;
  heading: string;
  isHeadingVisible?: boolean;
  errors: Pick<FormErrors<string>, 'failure' | 'generalErrors'>;
  onSubmit: (event: SubmitEvent & { currentTarget: HTMLFormElement }) => Promise<void>;
  /** Drops a field's error as it is corrected (createForgetOnEdit). */
  onInput: (event: Event) => void;
  isBusy: boolean | undefined;
  busyLabel: string;
  submitLabel: string;
  cancel: FormCancel;
  children: JSX.Element;
}) {
  const { t } = useI18n();
  return (
    <form
      class={props.class ? `form form--wide ${props.class}` : 'form form--wide'}
      method="post"
      novalidate
      aria-labelledby={props.headingId}
      onSubmit={(event) => void props.onSubmit(event)}
      onInput={(event) => props.onInput(event)}
      onChange={(event) => props.onInput(event)}
    >
      <h2 id={props.headingId} class={props.isHeadingVisible ? undefined : 'visually-hidden'}>
        {props.heading}
      </h2>
      <FormErrorAlert failure={props.errors.failure()} generalErrors={props.errors.generalErrors()} />
      <p class="form__note">{t('form.requiredNote')}</p>
      {props.children}
      <FormActions isBusy={props.isBusy} busyLabel={props.busyLabel} submitLabel={props.submitLabel} cancel={props.cancel} />
    </form>
  );
}
