import { A, createAsync, revalidate, useAction } from '@solidjs/router';
import { createSignal, ErrorBoundary, Show, Suspense } from 'solid-js';
import { MatchFeedback } from '../../components/match-feedback.tsx';
import { MatchList } from '../../components/match-list.tsx';
import { MatchReasons } from '../../components/match-reasons.tsx';
import { MatchScore } from '../../components/match-score.tsx';
import { ErrorState, LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { CallMatch, Theme } from '../../lib/api-types.ts';
import { formatMoneyCents } from '../../lib/format.ts';
import { canReadNeeds, canWriteNeedsOf } from '../../lib/need-access.ts';
import { useSession } from '../../session.tsx';
import { setMatchFeedbackAction } from '../needs/needs.data.ts';
import { getCallMatches } from './call.data.ts';

/**
 * "Needs this call fits": an officer's own municipality's needs, or (network-wide roles) every municipality's
 * with its name, best fit first. Left out for a role that may see no needs.
 */
export function CallMatches(props: { callId: string; themes: Theme[] }) {
  const { t } = useI18n();
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <section class="section" aria-labelledby="call-matches-heading">
          <h2 id="call-matches-heading">{t('call.matches.title')}</h2>
          <ErrorState error={error} onRetry={() => void revalidate(getCallMatches.keyFor(props.callId)).then(reset)} />
        </section>
      )}
    >
      <Suspense
        fallback={
          <section class="section" aria-labelledby="call-matches-heading">
            <h2 id="call-matches-heading">{t('call.matches.title')}</h2>
            <LoadingState label={t('call.matches.loading')} />
          </section>
        }
      >
        <CallMatchList callId={props.callId} themes={props.themes} />
      </Suspense>
    </ErrorBoundary>
  );
}

function CallMatchList(props: { callId: string; themes: Theme[] }) {
  const { t } = useI18n();
  const session = useSession();
  const answer = createAsync(() => getCallMatches(props.callId));
  const matches = () => {
    const value = answer();
    return value?.isVisible ? value.matches : undefined;
  };
  // Everyone but an officer sees several municipalities' needs, so each says whose it is.
  const isNetworkWide = () => session.user()?.role !== 'officer';

  return (
    <Show when={matches()}>
      {(list) => (
        <section class="section call-matches" aria-labelledby="call-matches-heading">
          <h2 id="call-matches-heading">{t('call.matches.title')}</h2>
          <p class="muted">{isNetworkWide() ? t('call.matches.introNetwork') : t('call.matches.introOwn')}</p>
          <Show when={list().length > 0} fallback={<p class="notice notice--empty">{t('call.matches.empty')}</p>}>
            <MatchList matches={list()} keyOf={(match) => match.need.id}>
              {(match) => (
                <CallMatchCard callId={props.callId} match={match()} themes={props.themes} showMunicipality={isNetworkWide()} />
              )}
            </MatchList>
          </Show>
        </section>
      )}
    </Show>
  );
}

function CallMatchCard(props: { callId: string; match: CallMatch; themes: Theme[]; showMunicipality: boolean }) {
  const { t, language } = useI18n();
  const session = useSession();
  const sendFeedback = useAction(setMatchFeedbackAction);
  const [verdict, setVerdict] = createSignal(props.match.feedback);
  const need = () => props.match.need;
  const headingId = () => `call-match-${need().id}`;
  const municipalityName = () => (language() === 'el' ? need().municipality.nameEl : need().municipality.name);

  return (
    <li class="card match-card" classList={{ 'match-card--dismissed': verdict() === 'not-relevant' }}>
      <article aria-labelledby={headingId()}>
        <div class="match-card__top">
          <MatchScore score={props.match.score} />
          <div class="call-card__badges">
            <span class={`badge badge--status badge--${need().status}`}>{t(`need.status.${need().status}`)}</span>
          </div>
        </div>
        <h3 id={headingId()} class="match-card__title">
          {/* The ministry liaison may see which needs a call fits, but not open the needs themselves. */}
          <Show when={canReadNeeds(session.user())} fallback={need().title}>
            <A href={`/needs/${encodeURIComponent(need().id)}`} activeClass="" inactiveClass="">
              {need().title}
            </A>
          </Show>
        </h3>
        <Show when={props.showMunicipality}>
          <p class="match-card__municipality">
            <span class="visually-hidden">{t('need.municipality')}: </span>
            {municipalityName()}
          </p>
        </Show>
        <dl class="call-card__facts">
          <div>
            <dt>{t('need.priority')}</dt>
            <dd>
              <span class={`priority priority--${need().priority}`}>{t(`need.priority.${need().priority}`)}</span>
            </dd>
          </div>
          <div>
            <dt>{t('need.budget')}</dt>
            <dd>
              {need().estimatedBudgetCents === null
                ? t('need.budgetUnknown')
                : formatMoneyCents(need().estimatedBudgetCents ?? 0, language(), { isWholeEuros: true })}
            </dd>
          </div>
        </dl>
        <MatchReasons
          reasons={props.match.reasons}
          details={props.match.details}
          themes={props.themes}
          label={t('match.reasons', { subject: need().title })}
        />
        <Show when={canWriteNeedsOf(session.user(), need().municipalityId)}>
          <MatchFeedback
            needId={need().id}
            callId={props.callId}
            feedback={props.match.feedback}
            subject={need().title}
            send={(next) => sendFeedback(need().id, props.callId, next)}
            onChange={setVerdict}
          />
        </Show>
      </article>
    </li>
  );
}
