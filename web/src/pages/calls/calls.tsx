import { A, createAsync, revalidate, useIsRouting, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, ErrorBoundary, For, on, Show, Suspense } from 'solid-js';
import { CallBadges } from '../../components/call-badges.tsx';
import { CallFacts } from '../../components/call-facts.tsx';
import { SelectField } from '../../components/form-field.tsx';
import { NewItemLink, PageHeaderWithActions } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { Pagination } from '../../components/pagination.tsx';
import { createSearchDraft, SearchForm } from '../../components/search-form.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import {
  callStatusFilters,
  eligibleApplicantKinds,
  programmes,
  type CallListItem,
  type CallPage,
  type CallSearch,
  type Theme,
} from '../../lib/api-types.ts';
import { clearedFilters, countPages, effectiveSort, hasFilters, readCallSearch, toCallsHref } from '../../lib/call-search.ts';
import { formatNumber } from '../../lib/format.ts';
import { createNow } from '../../lib/now.ts';
import { hasRole, rolesThatAddCalls } from '../../lib/roles.ts';
import { useSession } from '../../session.tsx';
import { getCalls, getThemes } from './calls.data.ts';
import { SavedSearches } from './saved-searches.tsx';
import { AnnouncedCalls } from '../announcements/announced-calls.tsx';

export default function CallsPage() {
  const { t, language } = useI18n();
  const session = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const isRouting = useIsRouting();
  const now = createNow();
  usePageTitle(() => t('calls.title'));

  const search = createMemo(() => readCallSearch(searchParams), undefined, {
    equals: (previous, next) => JSON.stringify(previous) === JSON.stringify(next),
  });
  const calls = createAsync(() => getCalls(search()));
  // The same request (one cached answer), read by the filters: counts are a nicety, never an error there.
  const facets = createAsync(() => getCalls(search()).then((page) => page.facets, () => undefined));
  // Theme names are a nicety: without them the slug is shown, never an error.
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));
  const themeName = (theme: Theme) => (language() === 'el' ? theme.nameEl : theme.name);
  const withCount = (label: string, facet: FacetName, value: string) => {
    const count = facets()?.[facet]?.[value];
    return count === undefined ? label : t('calls.filter.withCount', { label, count: formatNumber(count, language()) });
  };
  const canAddCalls = () => hasRole(session.user()?.role, rolesThatAddCalls);

  const draft = createSearchDraft(() => search().q);

  const setFilter = (name: FacetName | 'sort', value: string) => {
    setSearchParams({ [name]: value || undefined, page: undefined });
  };

  const clearFilters = () => {
    draft.clear();
    setSearchParams(clearedFilters());
  };

  const retry = (reset: () => void) => {
    void revalidate(getCalls.key).then(reset);
  };

  return (
    <div class="page">
      <PageHeaderWithActions title={t('calls.title')} intro={t('calls.intro')}>
        <Show when={canAddCalls()}>
          <NewItemLink href="/calls/new" label={t('calls.new')} />
        </Show>
      </PageHeaderWithActions>

      <AnnouncedCalls />

      <SearchForm
        class="call-filters"
        label={t('calls.filters.label')}
        searchId="calls-search"
        searchLabel={t('calls.search.label')}
        searchClass="call-filters__search"
        placeholder={t('calls.search.placeholder')}
        draft={draft}
      >
        <FacetFilter
          facet="programme"
          class="call-filters__programme"
          label={t('calls.filter.programme')}
          allLabel={t('calls.filter.programmeAll')}
          values={programmes}
          selected={search().programme}
          labelOf={(programme) => withCount(t(`programme.${programme}`), 'programme', programme)}
          onChange={setFilter}
        />
        <FacetFilter
          facet="theme"
          class="call-filters__theme"
          label={t('calls.filter.theme')}
          allLabel={t('calls.filter.themeAll')}
          values={(themes() ?? []).map((theme) => theme.slug)}
          selected={search().theme}
          labelOf={(slug) => {
            const theme = themes()?.find((candidate) => candidate.slug === slug);
            return withCount(theme ? themeName(theme) : slug, 'theme', slug);
          }}
          onChange={setFilter}
        />
        <FacetFilter
          facet="applicant"
          class="call-filters__applicant"
          label={t('calls.filter.applicant')}
          allLabel={t('calls.filter.applicantAll')}
          values={eligibleApplicantKinds}
          selected={search().applicant}
          labelOf={(applicant) => withCount(t(`applicant.${applicant}`), 'applicant', applicant)}
          onChange={setFilter}
        />
        <FacetFilter
          facet="status"
          label={t('calls.filter.status')}
          allLabel={t('calls.filter.statusAll')}
          values={callStatusFilters}
          selected={search().status}
          labelOf={(status) => withCount(t(`calls.filter.status.${status}`), 'status', status)}
          onChange={setFilter}
        />
        <SelectField
          id="calls-sort"
          name="sort"
          label={t('calls.sort')}
          value={effectiveSort(search())}
          onChange={(event) => setFilter('sort', event.currentTarget.value)}
        >
          <Show when={search().q}>
            <option value="relevance" selected={effectiveSort(search()) === 'relevance'}>
              {t('calls.sort.relevance')}
            </option>
          </Show>
          <option value="deadline" selected={effectiveSort(search()) === 'deadline'}>
            {t('calls.sort.deadline')}
          </option>
          <option value="newest" selected={effectiveSort(search()) === 'newest'}>
            {t('calls.sort.newest')}
          </option>
        </SelectField>
      </SearchForm>

      <SavedSearches search={search()} themes={themes() ?? []} />

      <section class="call-results" classList={{ 'is-updating': isRouting() }} aria-busy={isRouting() ? 'true' : 'false'}>
        <h2 class="visually-hidden">{t('calls.title')}</h2>
        <ErrorBoundary
          fallback={(error, reset) => <ResetWhenSearchChanges search={search()} reset={reset} error={error} retry={retry} />}
        >
          <Suspense fallback={<LoadingState />}>
            <Show when={calls()}>
              {(page) => (
                <Show
                  when={page().items.length > 0}
                  fallback={
                    <Show
                      when={hasFilters(search()) || (search().page ?? 1) > 1}
                      fallback={
                        <EmptyState title={t('calls.none.title')}>
                          <p>{t('calls.none.body')}</p>
                        </EmptyState>
                      }
                    >
                      <EmptyState title={t('calls.empty.title')}>
                        <p>{t('calls.empty.body')}</p>
                        <button type="button" class="button button--secondary" onClick={clearFilters}>
                          {t('calls.filter.clear')}
                        </button>
                      </EmptyState>
                    </Show>
                  }
                >
                  <ResultSummary page={page()} isUpdating={isRouting()} />
                  <ul class="call-list">
                    <For each={page().items}>{(call) => <CallCard call={call} now={now()} />}</For>
                  </ul>
                  <Pagination
                    page={page().page}
                    pages={countPages(page().total, page().pageSize)}
                    hrefFor={(number) => toCallsHref({ ...search(), page: number })}
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

type FacetName = 'status' | 'programme' | 'theme' | 'applicant';

/** A filter on one facet of the calls: "all" first, then each value (with its count, in `labelOf`). */
function FacetFilter<Value extends string>(props: {
  facet: FacetName;
  class?: string;
  label: string;
  allLabel: string;
  values: readonly Value[];
  selected: Value | undefined;
  labelOf: (value: Value) => string;
  onChange: (facet: FacetName, value: string) => void;
}) {
  return (
    <SelectField
      id={`calls-${props.facet}`}
      name={props.facet}
      label={props.label}
      class={props.class}
      value={props.selected ?? ''}
      onChange={(event) => props.onChange(props.facet, event.currentTarget.value)}
    >
      <option value="">{props.allLabel}</option>
      <For each={props.values}>
        {(value) => (
          <option value={value} selected={props.selected === value}>
            {props.labelOf(value)}
          </option>
        )}
      </For>
    </SelectField>
  );
}

/** How many calls match, which of them are shown, and whether a new answer is on its way. */
function ResultSummary(props: { page: CallPage; isUpdating: boolean }) {
  const { t, tCount, language } = useI18n();
  const from = () => (props.page.page - 1) * props.page.pageSize + 1;
  const to = () => from() + props.page.items.length - 1;
  return (
    <p class="result-count call-results__count" aria-live="polite">
      <span>{tCount('calls.count', props.page.total)}</span>
      <Show when={props.page.total > props.page.items.length}>
        <span class="call-results__range">
          {' · '}
          {t('calls.range', {
            from: formatNumber(from(), language()),
            to: formatNumber(to(), language()),
            total: formatNumber(props.page.total, language()),
          })}
        </span>
      </Show>
      <Show when={props.isUpdating}>
        <span class="call-results__updating">
          <span class="spinner" aria-hidden="true" />
          {t('calls.updating')}
        </span>
      </Show>
    </p>
  );
}

/** After a failure, a new search starts afresh instead of leaving the error on screen. */
function ResetWhenSearchChanges(props: {
  search: CallSearch;
  error: unknown;
  reset: () => void;
  retry: (reset: () => void) => void;
}) {
  createEffect(on(() => JSON.stringify(props.search), () => props.reset(), { defer: true }));
  return <ErrorState error={props.error} onRetry={() => props.retry(props.reset)} />;
}

function CallCard(props: { call: CallListItem; now: Date }) {
  const titleId = () => `call-${props.call.id}`;
  return (
    <li class="card call-card">
      <article aria-labelledby={titleId()}>
        <CallBadges call={props.call} />
        <h3 id={titleId()} class="call-card__title">
          <A
            href={`/calls/${encodeURIComponent(props.call.id)}`}
            class="call-card__link"
            lang={props.call.language}
            activeClass=""
            inactiveClass=""
          >
            <HighlightedText value={props.call.highlight?.title} fallback={props.call.title} />
          </A>
        </h3>
        <Show when={props.call.funder}>
          <p class="call-card__funder">{props.call.funder}</p>
        </Show>
        {/* With words searched for, the part of the summary where they were found. */}
        <Show when={props.call.highlight?.summary.text.trim()}>
          <p class="call-card__snippet" lang={props.call.language}>
            <HighlightedText value={props.call.highlight?.summary} fallback="" />
          </p>
        </Show>
        <CallFacts call={props.call} now={props.now} />
      </article>
    </li>
  );
}
