import { A, useAction } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { CallBadges } from '../../components/call-badges.tsx';
import { CallFacts } from '../../components/call-facts.tsx';
import { MatchFeedback } from '../../components/match-feedback.tsx';
import { MatchReasons } from '../../components/match-reasons.tsx';
import { MatchScore } from '../../components/match-score.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { NeedMatch, Theme } from '../../lib/api-types.ts';
import { setMatchFeedbackAction } from './needs.data.ts';

/** One call that fits the need: how well and why, with the officer's "relevant" / "not relevant". */
export function NeedMatchCard(props: { needId: string; match: NeedMatch; themes: Theme[]; now: Date; canGiveFeedback: boolean }) {
  const { t } = useI18n();
  const sendFeedback = useAction(setMatchFeedbackAction);
  const [verdict, setVerdict] = createSignal(props.match.feedback);
  const call = () => props.match.call;
  const headingId = () => `match-${call().id}`;

  return (
    <li class="card match-card" classList={{ 'match-card--dismissed': verdict() === 'not-relevant' }}>
      <article aria-labelledby={headingId()}>
        <div class="match-card__top">
          <MatchScore score={props.match.score} />
          <CallBadges call={call()} />
        </div>
        <h3 id={headingId()} class="match-card__title">
          <A href={`/calls/${encodeURIComponent(call().id)}`} lang={call().language} activeClass="" inactiveClass="">
            {call().title}
          </A>
        </h3>
        <Show when={call().funder}>
          <p class="call-card__funder">{call().funder}</p>
        </Show>
        <CallFacts call={call()} now={props.now} showsMaxGrant />
        <MatchReasons
          reasons={props.match.reasons}
          details={props.match.details}
          themes={props.themes}
          label={t('match.reasons', { subject: call().title })}
        />
        <Show when={props.canGiveFeedback}>
          <MatchFeedback
            needId={props.needId}
            callId={call().id}
            feedback={props.match.feedback}
            subject={call().title}
            send={(next) => sendFeedback(props.needId, call().id, next)}
            onChange={setVerdict}
          />
        </Show>
      </article>
    </li>
  );
}

