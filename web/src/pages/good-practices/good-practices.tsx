import { A, createAsync, revalidate, useIsRouting, useSearchParams } from '@solidjs/router';
import { createMemo, ErrorBoundary, For, Show, Suspense } from 'solid-js';
import { ProgrammeBadge } from '../../components/call-badges.tsx';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { GoodPracticeSummary, Municipality, Theme } from '../../lib/api-types.ts';
import { formatDate, toIsoString } from '../../lib/format.ts';
import { clearedKnowledgeFilters, hasKnowledgeFilters, readKnowledgeSearch } from '../../lib/knowledge-search.ts';
import { rolesThatWritePractices } from '../../lib/practice-form.ts';
import { hasRole } from '../../lib/roles.ts';
import { useSession } from '../../session.tsx';
import { KnowledgeFilters, ResetWhenSearchChanges } from '../lessons/knowledge-filters.tsx';
import { themeNameOf } from '../needs/need-card.tsx';
import { getMunicipalities, getPractices, getThemes } from './good-practices.data.ts';

/** What member cities did well and others may copy: the coordination team curates them, every member reads them. */
export default function GoodPracticesPage() {
  const { t, tCount } = useI18n();
  const session = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const isRouting = useIsRouting();
  usePageTitle(() => t('practices.title'));

  const search = createMemo(() => readKnowledgeSearch(searchParams), undefined, {
    equals: (previous, next) => JSON.stringify(previous) === JSON.stringify(next),
  });
  const practices = createAsync(() => getPractices(search()));
  // Filter names are a nicety: without them the filters still work by slug.
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));
  const municipalities = createAsync(() => getMunicipalities().catch((): Municipality[] => []));
  const canWrite = () => hasRole(session.user()?.role, rolesThatWritePractices);

  return (
    <div class="page">
      <header class="page-header page-header--split">
        <div>
          <h1>{t('practices.title')}</h1>
          <p class="page-header__intro">{t('practices.intro')}</p>
        </div>
        <Show when={canWrite()}>
          <A href="/good-practices/new" class="button button--primary page-header__action" activeClass="" inactiveClass="" end>
            <span aria-hidden="true">+</span>
            {t('practices.new')}
          </A>
        </Show>
      </header>

      <KnowledgeFilters
        idPrefix="practices"
        label={t('practices.filters.label')}
        searchLabel={t('practices.search.label')}
        placeholder={t('practices.search.placeholder')}
        search={search()}
        themes={themes() ?? []}
        municipalities={municipalities() ?? []}
      />

      <section class="knowledge-results" classList={{ 'is-updating': isRouting() }} aria-busy={isRouting() ? 'true' : 'false'}>
        <h2 class="visually-hidden">{t('practices.title')}</h2>
        <ErrorBoundary
          fallback={(error, reset) => (
            <ResetWhenSearchChanges search={search()} reset={reset}>
              <ErrorState error={error} onRetry={() => void revalidate(getPractices.key).then(reset)} />
            </ResetWhenSearchChanges>
          )}
        >
          <Suspense fallback={<LoadingState />}>
            <Show when={practices()}>
              {(page) => (
                <Show
                  when={page().items.length > 0}
                  fallback={
                    <Show
                      when={hasKnowledgeFilters(search())}
                      fallback={
                        <EmptyState title={t('practices.none.title')}>
                          <p>{t('practices.none.body')}</p>
                        </EmptyState>
                      }
                    >
                      <EmptyState title={t('practices.empty.title')}>
                        <p>{t('practices.empty.body')}</p>
                        <button type="button" class="button button--secondary" onClick={() => setSearchParams(clearedKnowledgeFilters())}>
                          {t('lessons.filter.clear')}
                        </button>
                      </EmptyState>
                    </Show>
                  }
                >
                  <p class="result-count" aria-live="polite">
                    {tCount('practices.count', page().total)}
                  </p>
                  <ul class="practice-list">
                    <For each={page().items}>{(practice) => <PracticeCard practice={practice} themes={themes()} />}</For>
                  </ul>
                </Show>
              )}
            </Show>
          </Suspense>
        </ErrorBoundary>
      </section>
    </div>
  );
}

function PracticeCard(props: { practice: GoodPracticeSummary; themes: Theme[] | undefined }) {
  const { t, language } = useI18n();
  const headingId = () => `practice-${props.practice.id}`;
  const place = () => (language() === 'el' ? props.practice.municipality.nameEl : props.practice.municipality.name);
  return (
    <li class="card call-card practice-card">
      <article aria-labelledby={headingId()}>
        <Show when={props.practice.programme}>
          {(programme) => (
            <div class="call-card__badges">
              <ProgrammeBadge programme={programme()} />
            </div>
          )}
        </Show>
        <h3 id={headingId()} class="call-card__title">
          <A href={`/good-practices/${encodeURIComponent(props.practice.id)}`} class="call-card__link" activeClass="" inactiveClass="">
            <HighlightedText value={props.practice.highlights?.title} fallback={props.practice.title} />
          </A>
        </h3>
        <p class="call-card__funder">{place()}</p>
        <p class="practice-card__summary">
          <HighlightedText value={props.practice.highlights?.summary} fallback={props.practice.summary} />
        </p>
        <div class="practice-card__footer">
          <Show when={props.practice.themes.length > 0}>
            <ul class="tag-list" aria-label={t('lessons.themes')}>
              <For each={props.practice.themes}>{(slug) => <li class="tag tag--theme">{themeNameOf(props.themes, slug, language())}</li>}</For>
            </ul>
          </Show>
          <p class="practice-card__updated">
            {t('practices.updated')}{' '}
            <time datetime={toIsoString(props.practice.updatedAt)}>{formatDate(props.practice.updatedAt, language())}</time>
          </p>
        </div>
      </article>
    </li>
  );
}
