import { Show } from 'solid-js';
import { useI18n } from '../i18n/index.tsx';
import type { Call } from '../lib/api-types.ts';
import { formatDateTime, formatMoneyCents, toIsoString } from '../lib/format.ts';
import { DeadlineCountdown } from './call-badges.tsx';

/**
 * A call's card facts: the deadline with its countdown, and the money. The budget as a whole, or with
 * `showsMaxGrant` the most one applicant may get where the call says so: what a municipality weighs.
 */
export function CallFacts(props: {
  call: Pick<Call, 'deadline' | 'budgetCents' | 'maxGrantCents' | 'currency'>;
  now: Date;
  showsMaxGrant?: boolean;
}) {
  const { t, language } = useI18n();
  const isMaxGrant = () => props.showsMaxGrant === true && props.call.maxGrantCents !== null;
  const cents = () => (isMaxGrant() ? props.call.maxGrantCents : props.call.budgetCents);
  return (
    <dl class="call-card__facts">
      <div>
        <dt>{t('call.deadline')}</dt>
        <dd>
          <Show when={props.call.deadline} fallback={t('call.deadlineUnknown')}>
            {(deadline) => (
              <>
                <time datetime={toIsoString(deadline())}>{formatDateTime(deadline(), language())}</time>{' '}
                <DeadlineCountdown deadline={deadline()} now={props.now} />
              </>
            )}
          </Show>
        </dd>
      </div>
      <div>
        <dt>{isMaxGrant() ? t('call.maxGrant') : t('call.budget')}</dt>
        <dd>
          {(() => {
            const amount = cents();
            return amount === null
              ? t('common.notStated')
              : formatMoneyCents(amount, language(), { isWholeEuros: true, currency: props.call.currency });
          })()}
        </dd>
      </div>
    </dl>
  );
}
