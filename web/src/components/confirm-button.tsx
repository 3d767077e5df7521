import { createSignal, createUniqueId, Show } from 'solid-js';
import { useI18n } from '../i18n/index.tsx';

/**
 * A button for something that cannot be undone (a deletion): pressing it asks first, in place, with the
 * focus on "cancel"; confirming runs `onConfirm`, and a failure is told under the button.
 */
export function ConfirmButton(props: {
  label: string;
  /** The button's accessible name when `label` alone is ambiguous in a list ("Delete «name»"). */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  busyLabel: string;
  failedMessage: string;
  onConfirm: () => Promise<unknown>;
  class?: string;
}) {
  const { t } = useI18n();
  const id = createUniqueId();
  const [isConfirming, setIsConfirming] = createSignal(false);
  const [isBusy, setIsBusy] = createSignal(false);
  const [hasFailed, setHasFailed] = createSignal(false);
  let openButton: HTMLButtonElement | undefined;
  let cancelButton: HTMLButtonElement | undefined;

  const ask = () => {
    setHasFailed(false);
    setIsConfirming(true);
    cancelButton?.focus();
  };

  const cancel = () => {
    setIsConfirming(false);
    openButton?.focus();
  };

  const confirm = async () => {
    setIsBusy(true);
    try {
      await props.onConfirm();
    } catch {
      setHasFailed(true);
      setIsConfirming(false);
      openButton?.focus();
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div class={props.class ? `confirm-button ${props.class}` : 'confirm-button'}>
      <button
        ref={openButton}
        type="button"
        class="button button--danger-quiet"
        hidden={isConfirming()}
        aria-label={props.accessibleLabel}
        onClick={ask}
      >
        {props.label}
      </button>
      <Show when={hasFailed()}>
        <p class="inline-error" role="alert">
          {props.failedMessage}
        </p>
      </Show>
      <div class="confirm" role="group" aria-labelledby={`${id}-question`} hidden={!isConfirming()}>
        <p id={`${id}-question`} class="confirm__question">
          {props.question}
        </p>
        <div class="confirm__actions">
          <button
            type="button"
            class="button button--danger"
            disabled={isBusy()}
            aria-busy={isBusy() ? 'true' : 'false'}
            onClick={() => void confirm()}
          >
            {isBusy() ? props.busyLabel : props.confirmLabel}
          </button>
          <button ref={cancelButton} type="button" class="button button--quiet" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
