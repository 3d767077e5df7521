import { A, createAsync, revalidate, useParams } from '@solidjs/router';
import { For, Match, Show, Suspense, Switch } from 'solid-js';
import { DetailPage } from '../../components/detail-page.tsx';
import { DocumentTitle } from '../../components/page-title.ts';
import { EmptyState, InfoNotice, LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { MunicipalityDetail, Need, NeedPriority, Theme } from '../../lib/api-types.ts';
import { formatDate, formatMoneyCents, formatNumber, toIsoString } from '../../lib/format.ts';
import { getMunicipality, getMunicipalityNeeds, getThemes } from './municipality.data.ts';

const priorities: NeedPriority[] = [1, 2, 3];

function byPriorityThenRecent(a: Need, b: Need): number {
  return a.priority - b.priority || b.updatedAt.localeCompare(a.updatedAt);
}

export default function MunicipalityPage() {
  const { t, language } = useI18n();
  const params = useParams<{ slug: string }>();
  const municipality = createAsync(() => getMunicipality(params.slug));
  const needs = createAsync(() => getMunicipalityNeeds(params.slug));
  // Theme names are a nicety: without them the slug is shown, never an error.
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));

  const visibleNeeds = (): Need[] | undefined => {
    const result = needs();
    return result?.isVisible ? result.needs : undefined;
  };

  const nameOf = (value: MunicipalityDetail) => (language() === 'el' ? value.nameEl : value.name);
  const regionOf = (value: MunicipalityDetail) =>
    language() === 'el' ? (value.regionEl ?? value.region) : value.region;

  return (
    <DetailPage
      backHref="/municipalities"
      backLabel={t('municipality.allMunicipalities')}
      errorTitle={t('nav.municipalities')}
      notFoundTitle={t('municipality.notFound.title')}
      notFoundBody={t('municipality.notFound.body')}
      refetch={() => revalidate([getMunicipality.keyFor(params.slug), getMunicipalityNeeds.keyFor(params.slug)])}
    >
      <Show when={municipality()}>
        {(value) => (
          <>
            <DocumentTitle title={nameOf(value())} />
            <header class="page-header">
              <h1 class="municipality-title">{nameOf(value())}</h1>
              <p class="page-header__intro">
                <span class="visually-hidden">{t('municipality.region')}: </span>
                {regionOf(value())}
              </p>
            </header>
            <section class="facts" aria-labelledby="facts-heading">
              <h2 id="facts-heading" class="visually-hidden">
                {t('municipality.facts')}
              </h2>
              <dl class="facts__list">
                <div class="fact">
                  <dt>{t('municipality.recordedNeeds')}</dt>
                  <dd>{formatNumber(value().needCount, language())}</dd>
                </div>
                {/* With no needs yet, a row of zeros would only repeat the empty state below. */}
                <Show when={visibleNeeds()?.length ? visibleNeeds() : undefined}>
                  {(list) => <NeedFacts needs={list()} />}
                </Show>
              </dl>
            </section>
            <section class="section" aria-labelledby="needs-heading">
              <h2 id="needs-heading">{t('municipality.needs.title')}</h2>
              <Suspense fallback={<LoadingState />}>
                <Switch>
                  <Match when={needs()?.isVisible === false}>
                    <InfoNotice title={t('municipality.needs.forbidden.title')} headingLevel={3}>
                      <p>{t('municipality.needs.forbidden.body')}</p>
                    </InfoNotice>
                  </Match>
                  <Match when={visibleNeeds()?.length === 0}>
                    <EmptyState title={t('municipality.needs.empty.title')} headingLevel={3}>
                      <p>{t('municipality.needs.empty.body')}</p>
                    </EmptyState>
                  </Match>
                  <Match when={visibleNeeds()}>
                    {(list) => <NeedList needs={list()} themes={themes() ?? []} />}
                  </Match>
                </Switch>
              </Suspense>
            </section>
          </>
        )}
      </Show>
    </DetailPage>
  );
}

function NeedFacts(props: { needs: Need[] }) {
  const { t, language } = useI18n();
  const countWithPriority = (priority: NeedPriority) => props.needs.filter((need) => need.priority === priority).length;
  const totalBudgetCents = () =>
    props.needs.reduce((total, need) => total + (need.estimatedBudgetCents ?? 0), 0);
  return (
    <>
      <For each={priorities}>
        {(priority) => (
          <div class={`fact fact--priority-${priority}`}>
            <dt>{t('municipality.priorityNeeds', { priority: t(`need.priorityAdjective.${priority}`) })}</dt>
            <dd>{formatNumber(countWithPriority(priority), language())}</dd>
          </div>
        )}
      </For>
      <div class="fact fact--wide">
        <dt>{t('municipality.totalBudget')}</dt>
        <dd>{formatMoneyCents(totalBudgetCents(), language(), { isWholeEuros: true })}</dd>
      </div>
    </>
  );
}

function NeedList(props: { needs: Need[]; themes: Theme[] }) {
  const { t, language } = useI18n();
  const themeName = (slug: string) => {
    const theme = props.themes.find((candidate) => candidate.slug === slug);
    if (!theme) return slug;
    return language() === 'el' ? theme.nameEl : theme.name;
  };
  const sorted = () => [...props.needs].sort(byPriorityThenRecent);

  return (
    <ul class="need-list">
      <For each={sorted()}>
        {(need) => (
          <li class="card need-card">
            <article aria-labelledby={`need-${need.id}`}>
              <div class="need-card__top">
                <h3 id={`need-${need.id}`} class="need-card__title">
                  <A href={`/needs/${need.id}`}>{need.title}</A>
                </h3>
                <span class={`badge badge--status badge--${need.status}`}>{t(`need.status.${need.status}`)}</span>
              </div>
              <Show when={need.description}>
                <p class="need-card__description">{need.description}</p>
              </Show>
              <dl class="need-card__details">
                <div>
                  <dt>{t('need.category')}</dt>
                  <dd>{themeName(need.category)}</dd>
                </div>
                <div>
                  <dt>{t('need.priority')}</dt>
                  <dd>
                    <span class={`priority priority--${need.priority}`}>{t(`need.priority.${need.priority}`)}</span>
                  </dd>
                </div>
                <div>
                  <dt>{t('need.budget')}</dt>
                  <dd>
                    {need.estimatedBudgetCents === null
                      ? t('need.budgetUnknown')
                      : formatMoneyCents(need.estimatedBudgetCents, language())}
                  </dd>
                </div>
                <div>
                  <dt>{t('need.updatedAt')}</dt>
                  <dd>
                    <time datetime={toIsoString(need.updatedAt)}>{formatDate(need.updatedAt, language())}</time>
                  </dd>
                </div>
                <Show when={need.targetGroups.length > 0}>
                  <div class="need-card__wide">
                    <dt>{t('need.targetGroups')}</dt>
                    <dd>{need.targetGroups.join(', ')}</dd>
                  </div>
                </Show>
              </dl>
            </article>
          </li>
        )}
      </For>
    </ul>
  );
}
