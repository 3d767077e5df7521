import { A, createAsync, revalidate, useIsRouting, useSearchParams } from '@solidjs/router';
import { createMemo, ErrorBoundary, For, Show, Suspense } from 'solid-js';
import { usePageTitle } from '../../components/page-title.ts';
import { Pagination } from '../../components/pagination.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Theme } from '../../lib/api-types.ts';
import { countPages } from '../../lib/call-search.ts';
import {
  clearedKnowledgeFilters,
  hasKnowledgeFilters,
  lessonPageSize,
  readKnowledgeSearch,
  toKnowledgeHref,
} from '../../lib/knowledge-search.ts';
import { rolesThatWriteLessons } from '../../lib/lesson-form.ts';
import { hasRole } from '../../lib/roles.ts';
import { useSession } from '../../session.tsx';
import { KnowledgeFilters, ResetWhenSearchChanges } from './knowledge-filters.tsx';
import { LessonCard } from './lesson-card.tsx';
import { getLessons, getThemes } from './lessons.data.ts';

/** What the network learned from past submissions, searched in Greek or English, newest first. */
export default function LessonsPage() {
  const { t, tCount } = useI18n();
  const session = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const isRouting = useIsRouting();
  usePageTitle(() => t('lessons.title'));

  const search = createMemo(() => readKnowledgeSearch(searchParams), undefined, {
    equals: (previous, next) => JSON.stringify(previous) === JSON.stringify(next),
  });
  const lessons = createAsync(() => getLessons(search()));
  // Theme names are a nicety: without them the slug is shown, never an error.
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));
  const canWrite = () => hasRole(session.user()?.role, rolesThatWriteLessons);
  const clearFilters = () => setSearchParams(clearedKnowledgeFilters());

  return (
    <div class="page">
      <header class="page-header page-header--split">
        <div>
          <h1>{t('lessons.title')}</h1>
          <p class="page-header__intro">{t('lessons.intro')}</p>
        </div>
        <Show when={canWrite()}>
          <A href="/lessons/new" class="button button--primary page-header__action" activeClass="" inactiveClass="" end>
            <span aria-hidden="true">+</span>
            {t('lessons.new')}
          </A>
        </Show>
      </header>

      <KnowledgeFilters
        idPrefix="lessons"
        label={t('lessons.filters.label')}
        searchLabel={t('lessons.search.label')}
        placeholder={t('lessons.search.placeholder')}
        search={search()}
        themes={themes() ?? []}
        phases
      />

      <section class="knowledge-results" classList={{ 'is-updating': isRouting() }} aria-busy={isRouting() ? 'true' : 'false'}>
        <h2 class="visually-hidden">{t('lessons.title')}</h2>
        <ErrorBoundary
          fallback={(error, reset) => (
            <ResetWhenSearchChanges search={search()} reset={reset}>
              <ErrorState error={error} onRetry={() => void revalidate(getLessons.key).then(reset)} />
            </ResetWhenSearchChanges>
          )}
        >
          <Suspense fallback={<LoadingState />}>
            <Show when={lessons()}>
              {(page) => (
                <Show
                  when={page().items.length > 0}
                  fallback={
                    <Show
                      when={hasKnowledgeFilters(search()) || (search().page ?? 1) > 1}
                      fallback={
                        <EmptyState title={t('lessons.none.title')}>
                          <p>{t('lessons.none.body')}</p>
                          <Show when={canWrite()}>
                            <p>
                              <A href="/lessons/new" class="button button--primary" activeClass="" inactiveClass="" end>
                                {t('lessons.new')}
                              </A>
                            </p>
                          </Show>
                        </EmptyState>
                      }
                    >
                      <EmptyState title={t('lessons.empty.title')}>
                        <p>{t('lessons.empty.body')}</p>
                        <button type="button" class="button button--secondary" onClick={clearFilters}>
                          {t('lessons.filter.clear')}
                        </button>
                      </EmptyState>
                    </Show>
                  }
                >
                  <p class="result-count" aria-live="polite">
                    {tCount('lessons.count', page().total)}
                  </p>
                  <ul class="lesson-list">
                    <For each={page().items}>{(lesson) => <LessonCard lesson={lesson} themes={themes()} />}</For>
                  </ul>
                  <Pagination
                    page={search().page ?? 1}
                    pages={countPages(page().total, lessonPageSize)}
                    hrefFor={(number) => toKnowledgeHref('/lessons', { ...search(), page: number })}
                  />
                </Show>
              )}
            </Show>
          </Suspense>
        </ErrorBoundary>
      </section>
    </div>
  );
}

