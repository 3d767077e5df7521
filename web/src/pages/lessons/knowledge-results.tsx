import { useIsRouting, useSearchParams } from '@solidjs/router';
import { ErrorBoundary, Show, Suspense, type JSX } from 'solid-js';
import { EmptyState, ErrorState, LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { clearedKnowledgeFilters, type KnowledgeSearch } from '../../lib/knowledge-search.ts';
import { ResetWhenSearchChanges } from './knowledge-filters.tsx';

/**
 * The results of the lessons or good-practice list: loading, a failure with a retry, "none yet" (`none`), none
 * for this search (`isNarrowed`: filters or a later page) with a button that clears the filters, or the items.
 */
export function KnowledgeResults<Page extends { items: unknown[] }>(props: {
  title: string;
  search: KnowledgeSearch;
  page: Page | undefined;
  retry: () => Promise<void>;
  isNarrowed: boolean;
  none: JSX.Element;
  emptyTitle: string;
  emptyBody: string;
  children: (page: () => Page) => JSX.Element;
}) {
  const { t } = useI18n();
  const [, setSearchParams] = useSearchParams();
  const isRouting = useIsRouting();
  return (
    <section class="knowledge-results" classList={{ 'is-updating': isRouting() }} aria-busy={isRouting() ? 'true' : 'false'}>
      <h2 class="visually-hidden">{props.title}</h2>
      <ErrorBoundary
        fallback={(error, reset) => (
          <ResetWhenSearchChanges search={props.search} reset={reset}>
            <ErrorState error={error} onRetry={() => void props.retry().then(reset)} />
          </ResetWhenSearchChanges>
        )}
      >
        <Suspense fallback={<LoadingState />}>
          <Show when={props.page}>
            {(page) => (
              <Show
                when={page().items.length > 0}
                fallback={
                  <Show when={props.isNarrowed} fallback={props.none}>
                    <EmptyState title={props.emptyTitle}>
                      <p>{props.emptyBody}</p>
                      <button type="button" class="button button--secondary" onClick={() => setSearchParams(clearedKnowledgeFilters())}>
                        {t('lessons.filter.clear')}
                      </button>
                    </EmptyState>
                  </Show>
                }
              >
                {props.children(page)}
              </Show>
            )}
          </Show>
        </Suspense>
      </ErrorBoundary>
    </section>
  );
}
