import { createSignal, Show } from 'solid-js';
import { useI18n } from '../i18n/index.tsx';
import type { MatchVerdict } from '../lib/api-types.ts';

/**
 * "Relevant" / "Not relevant" for one match, as two toggle buttons (aria-pressed). The choice shows at once
 * and is taken back, with a message, if the API refuses it; pressing the pressed button clears the mark.
 */
export function MatchFeedback(props: {
  needId: string;
  callId: string;
  feedback: MatchVerdict | null;
  /** What the buttons are about, for screen readers, e.g. the call's title. */
  subject: string;
  /** Stores the choice (PUT …/feedback); a rejection takes the choice back. */
  send: (verdict: MatchVerdict | null) => Promise<unknown>;
  onChange?: (verdict: MatchVerdict | null) => void;
}) {
  const { t } = useI18n();
  // undefined: nothing chosen on this page yet, the API's value holds.
  const [chosen, setChosen] = createSignal<MatchVerdict | null | undefined>(undefined);
  const [isSending, setIsSending] = createSignal(false);
  const [hasFailed, setHasFailed] = createSignal(false);
  const current = () => {
    const value = chosen();
    return value === undefined ? props.feedback : value;
  };
  const errorId = () => `feedback-${props.needId}-${props.callId}-error`;

  const choose = async (verdict: MatchVerdict) => {
    // aria-disabled rather than disabled while sending: a disabled button would drop the keyboard focus.
    if (isSending()) return;
    const previous = current();
    const next = previous === verdict ? null : verdict;
    setHasFailed(false);
    setChosen(next);
    props.onChange?.(next);
    setIsSending(true);
    try {
      await props.send(next);
    } catch {
      setChosen(previous);
      props.onChange?.(previous);
      setHasFailed(true);
    } finally {
      setIsSending(false);
    }
  };

  return (
    <div class="match-feedback">
      <div class="match-feedback__buttons" role="group" aria-label={t('match.feedback.label', { subject: props.subject })}>
        <button
          type="button"
          class="feedback-button feedback-button--relevant"
          aria-pressed={current() === 'relevant' ? 'true' : 'false'}
          aria-disabled={isSending() ? 'true' : undefined}
          aria-describedby={hasFailed() ? errorId() : undefined}
          onClick={() => void choose('relevant')}
        >
          <span aria-hidden="true">✓</span>
          {t('match.feedback.relevant')}
        </button>
        <button
          type="button"
          class="feedback-button feedback-button--not-relevant"
          aria-pressed={current() === 'not-relevant' ? 'true' : 'false'}
          aria-disabled={isSending() ? 'true' : undefined}
          aria-describedby={hasFailed() ? errorId() : undefined}
          onClick={() => void choose('not-relevant')}
        >
          <span aria-hidden="true">✗</span>
          {t('match.feedback.notRelevant')}
        </button>
      </div>
      <Show when={hasFailed()}>
        <p id={errorId()} class="inline-error" role="alert">
          {t('match.feedback.failed')}
        </p>
      </Show>
    </div>
  );
}
