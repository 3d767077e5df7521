import { Show } from 'solid-js';
import { useI18n } from '../i18n/index.tsx';
import type { Call, CallStatus } from '../lib/api-types.ts';
import { describeDeadline } from '../lib/deadline.ts';

/** The funding programme as a short badge: "ΕΚΤ+", "ΤΑΜΕ (AMIF)". */
export function ProgrammeBadge(props: { programme: string }) {
  const { tValue } = useI18n();
  return <span class="badge badge--programme">{tValue('programme', props.programme)}</span>;
}

export function CallStatusBadge(props: { status: CallStatus | string }) {
  const { tValue } = useI18n();
  return <span class={`badge badge--call-${props.status}`}>{tValue('call.status', props.status)}</span>;
}

/** Announced by the ministry liaison or confirmed from the funder's own publication. */
export function OfficialBadge() {
  const { t } = useI18n();
  return (
    <span class="badge badge--official">
      <svg class="badge__icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
        <path d="M3 8.5 L6.5 12 L13 4.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
      {t('call.official')}
    </span>
  );
}

/** A call's programme and status, and its official mark when it has one, in one row. */
export function CallBadges(props: { call: Pick<Call, 'programme' | 'status' | 'official'> }) {
  return (
    <div class="call-card__badges">
      <ProgrammeBadge programme={props.call.programme} />
      <CallStatusBadge status={props.call.status} />
      <Show when={props.call.official}>
        <OfficialBadge />
      </Show>
    </div>
  );
}

/** "σε 34 ημέρες" / "in 34 days", "λήγει σήμερα", "έληξε": calendar days in Athens. */
export function DeadlineCountdown(props: { deadline: string; now: Date }) {
  const { t, tCount } = useI18n();
  const countdown = () => describeDeadline(props.deadline, props.now);
  const isSoon = () => {
    const value = countdown();
    return value?.kind === 'today' || (value?.kind === 'days' && value.days <= 7);
  };
  return (
    <Show when={countdown()}>
      {(value) => (
        <span
          class="countdown"
          classList={{ 'countdown--soon': isSoon(), 'countdown--closed': value().kind === 'closed' }}
        >
          {(() => {
            const current = value();
            if (current.kind === 'closed') return t('call.countdown.closed');
            if (current.kind === 'today') return t('call.countdown.today');
            return tCount('call.countdown.days', current.days);
          })()}
        </span>
      )}
    </Show>
  );
}
