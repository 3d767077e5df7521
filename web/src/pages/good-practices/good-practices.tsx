import { A, createAsync, revalidate, useSearchParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { NewItemLink, PageHeaderWithActions } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { EmptyState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { GoodPracticeSummary, Municipality, Theme } from '../../lib/api-types.ts';
import { formatDate, toIsoString } from '../../lib/format.ts';
import { hasKnowledgeFilters, readKnowledgeSearch } from '../../lib/knowledge-search.ts';
import { rolesThatWritePractices } from '../../lib/practice-form.ts';
import { hasRole } from '../../lib/roles.ts';
import { useSession } from '../../session.tsx';
import { KnowledgeFilters } from '../lessons/knowledge-filters.tsx';
import { KnowledgeResults } from '../lessons/knowledge-results.tsx';
import { themeNameOf } from '../needs/need-card.tsx';
import { getMunicipalities, getPractices, getThemes } from './good-practices.data.ts';
import { PracticeProgramme } from './practice-programme.tsx';

/** What member cities did well and others may copy: the coordination team curates them, every member reads them. */
export default function GoodPracticesPage() {
  const { t, tCount } = useI18n();
  const session = useSession();
  const [searchParams] = useSearchParams();
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
      <PageHeaderWithActions title={t('practices.title')} intro={t('practices.intro')}>
        <Show when={canWrite()}>
          <NewItemLink href="/good-practices/new" label={t('practices.new')} />
        </Show>
      </PageHeaderWithActions>

      <KnowledgeFilters
        idPrefix="practices"
        label={t('practices.filters.label')}
        searchLabel={t('practices.search.label')}
        placeholder={t('practices.search.placeholder')}
        search={search()}
        themes={themes() ?? []}
        municipalities={municipalities() ?? []}
      />

      <KnowledgeResults
        title={t('practices.title')}
        search={search()}
        page={practices()}
        retry={() => revalidate(getPractices.key)}
        isNarrowed={hasKnowledgeFilters(search())}
        none={
          <EmptyState title={t('practices.none.title')}>
            <p>{t('practices.none.body')}</p>
          </EmptyState>
        }
        emptyTitle={t('practices.empty.title')}
        emptyBody={t('practices.empty.body')}
      >
        {(page) => (
          <>
            <p class="result-count" aria-live="polite">
              {tCount('practices.count', page().total)}
            </p>
            <ul class="practice-list">
              <For each={page().items}>{(practice) => <PracticeCard practice={practice} themes={themes()} />}</For>
            </ul>
          </>
        )}
      </KnowledgeResults>
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
        <PracticeProgramme programme={props.practice.programme} />
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
