import { createAsync, useAction } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { useI18n } from '../../i18n/index.tsx';
import type { TrackedCall } from '../../lib/api-types.ts';
import { getTrackedCalls, setCallTrackedAction } from './call.data.ts';

/**
 * "Track this call" as a toggle button (aria-pressed): tracked calls' deadlines go into the user's calendar
 * and their revisions into notifications. The new state shows at once and is taken back if the API refuses.
 */
export function TrackCallButton(props: { callId: string }) {
  const { t } = useI18n();
  const setTracked = useAction(setCallTrackedAction);
  // null: the tracked list could not be read; the button is then left out rather than guessing.
  const tracked = createAsync(() => getTrackedCalls().catch((): TrackedCall[] | null => null));
  const [chosen, setChosen] = createSignal<boolean | undefined>(undefined);
  const [isSending, setIsSending] = createSignal(false);
  const [hasFailed, setHasFailed] = createSignal(false);
  const isTracked = () => chosen() ?? Boolean(tracked()?.some((entry) => entry.callId === props.callId));

  const toggle = async () => {
    if (isSending()) return;
    const previous = isTracked();
    setHasFailed(false);
    setChosen(!previous);
    setIsSending(true);
    try {
      await setTracked(props.callId, !previous);
    } catch {
      setChosen(previous);
      setHasFailed(true);
    } finally {
      setIsSending(false);
    }
  };

  return (
    <Show when={tracked() !== null && tracked() !== undefined}>
      <div class="track-call">
        <button
          type="button"
          class="button track-button"
          classList={{ 'track-button--on': isTracked() }}
          aria-pressed={isTracked() ? 'true' : 'false'}
          aria-disabled={isSending() ? 'true' : undefined}
          aria-describedby="track-call-hint"
          onClick={() => void toggle()}
        >
          <svg class="track-button__icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
            <path
              d="M5 2.5h10a1 1 0 0 1 1 1V18l-6-3.6L4 18V3.5a1 1 0 0 1 1-1z"
              fill={isTracked() ? 'currentColor' : 'none'}
              stroke="currentColor"
              stroke-width="1.8"
              stroke-linejoin="round"
            />
          </svg>
          {/* The name stays the same whatever the state: aria-pressed tells whether it is on. */}
          {t('call.track')}
        </button>
        <p id="track-call-hint" class="track-call__hint">
          {t('call.track.hint')}
        </p>
        <Show when={hasFailed()}>
          <p class="inline-error" role="alert">
            {t('call.track.failed')}
          </p>
        </Show>
      </div>
    </Show>
  );
}
