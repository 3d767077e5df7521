import { A, createAsync, revalidate, useSearchParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { NewItemLink, PageHeaderWithActions } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { Pagination } from '../../components/pagination.tsx';
import { EmptyState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Theme } from '../../lib/api-types.ts';
import { countPages } from '../../lib/call-search.ts';
import { hasKnowledgeFilters, lessonPageSize, readKnowledgeSearch, toKnowledgeHref } from '../../lib/knowledge-search.ts';
import { rolesThatWriteLessons } from '../../lib/lesson-form.ts';
import { hasRole } from '../../lib/roles.ts';
import { useSession } from '../../session.tsx';
import { KnowledgeFilters } from './knowledge-filters.tsx';
import { KnowledgeResults } from './knowledge-results.tsx';
import { LessonCard } from './lesson-card.tsx';
import { getLessons, getThemes } from './lessons.data.ts';

/** What the network learned from past submissions, searched in Greek or English, newest first. */
export default function LessonsPage() {
  const { t, tCount } = useI18n();
  const session = useSession();
  const [searchParams] = useSearchParams();
  usePageTitle(() => t('lessons.title'));

  const search = createMemo(() => readKnowledgeSearch(searchParams), undefined, {
    equals: (previous, next) => JSON.stringify(previous) === JSON.stringify(next),
  });
  const lessons = createAsync(() => getLessons(search()));
  // Theme names are a nicety: without them the slug is shown, never an error.
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));
  const canWrite = () => hasRole(session.user()?.role, rolesThatWriteLessons);

  return (
    <div class="page">
      <PageHeaderWithActions title={t('lessons.title')} intro={t('lessons.intro')}>
        <Show when={canWrite()}>
          <NewItemLink href="/lessons/new" label={t('lessons.new')} />
        </Show>
      </PageHeaderWithActions>

      <KnowledgeFilters
        idPrefix="lessons"
        label={t('lessons.filters.label')}
        searchLabel={t('lessons.search.label')}
        placeholder={t('lessons.search.placeholder')}
        search={search()}
        themes={themes() ?? []}
        phases
      />

      <KnowledgeResults
        title={t('lessons.title')}
        search={search()}
        page={lessons()}
        retry={() => revalidate(getLessons.key)}
        isNarrowed={hasKnowledgeFilters(search()) || (search().page ?? 1) > 1}
        none={
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
        emptyTitle={t('lessons.empty.title')}
        emptyBody={t('lessons.empty.body')}
      >
        {(page) => (
          <>
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
          </>
        )}
      </KnowledgeResults>
    </div>
  );
}

