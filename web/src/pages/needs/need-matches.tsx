import { createAsync, revalidate } from '@solidjs/router';
import { createEffect, createSignal, ErrorBoundary, on, onCleanup, Show, Suspense } from 'solid-js';
import { MatchList } from '../../components/match-list.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Theme } from '../../lib/api-types.ts';
import { createNow } from '../../lib/now.ts';
import { NeedMatchCard } from './need-match-card.tsx';
import { getNeedMatches } from './needs.data.ts';

/** How often, and how many times, an empty list is read again: matching runs off-request after a change. */
const recheckEveryMs = 4_000;
const recheckTimes = 15;

/** The calls that fit a need, best first, with the reasons; an empty list is looked at again for a while. */
export function NeedMatches(props: { needId: string; themes: Theme[]; canGiveFeedback: boolean }) {
  const { t } = useI18n();
  return (
    <section class="section need-matches" aria-labelledby="need-matches-heading">
      <h2 id="need-matches-heading">{t('matches.title')}</h2>
      <p class="muted">{t('matches.intro')}</p>
      {/* Its own boundary: matches that fail to load must not take the need itself off the page. */}
      <ErrorBoundary
        fallback={(error, reset) => (
          <ErrorState error={error} onRetry={() => void revalidate(getNeedMatches.keyFor(props.needId)).then(reset)} />
        )}
      >
        <Suspense fallback={<LoadingState label={t('matches.loading')} />}>
          <NeedMatchList needId={props.needId} themes={props.themes} canGiveFeedback={props.canGiveFeedback} />
        </Suspense>
      </ErrorBoundary>
    </section>
  );
}

function NeedMatchList(props: { needId: string; themes: Theme[]; canGiveFeedback: boolean }) {
  const { t, tCount } = useI18n();
  const now = createNow();
  const matches = createAsync(() => getNeedMatches(props.needId));
  const [rechecks, setRechecks] = createSignal(0);
  const [isChecking, setIsChecking] = createSignal(false);
  const isEmpty = () => matches()?.length === 0;
  const isWaiting = () => isEmpty() && rechecks() < recheckTimes;

  const checkAgain = async () => {
    setIsChecking(true);
    try {
      await revalidate(getNeedMatches.keyFor(props.needId));
    } finally {
      setIsChecking(false);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on([isWaiting, rechecks], ([waiting]) => {
      clearTimeout(timer);
      if (!waiting) return;
      timer = setTimeout(() => {
        setRechecks(rechecks() + 1);
        void revalidate(getNeedMatches.keyFor(props.needId));
      }, recheckEveryMs);
    }),
  );
  onCleanup(() => clearTimeout(timer));

  return (
    <Show when={matches()}>
      {(list) => (
        <Show
          when={list().length > 0}
          fallback={
            <EmptyState title={t('matches.empty.title')} headingLevel={3}>
              <p>{t('matches.empty.body')}</p>
              <div class="matches-recheck" aria-live="polite">
                <Show when={isWaiting() || isChecking()}>
                  <span class="matches-recheck__status">
                    <span class="spinner" aria-hidden="true" />
                    {t('matches.checking')}
                  </span>
                </Show>
                <button
                  type="button"
                  class="button button--secondary"
                  aria-disabled={isChecking() ? 'true' : undefined}
                  onClick={() => {
                    if (!isChecking()) void checkAgain();
                  }}
                >
                  {t('matches.checkAgain')}
                </button>
              </div>
            </EmptyState>
          }
        >
          <p class="result-count" aria-live="polite">
            {tCount('matches.count', list().length)}
          </p>
          <MatchList matches={list()} keyOf={(match) => match.call.id}>
            {(match) => (
              <NeedMatchCard
                needId={props.needId}
                match={match()}
                themes={props.themes}
                now={now()}
                canGiveFeedback={props.canGiveFeedback}
              />
            )}
          </MatchList>
        </Show>
      )}
    </Show>
  );
}
