import { A, createAsync, revalidate } from '@solidjs/router';
import { ErrorBoundary, For, Show, Suspense } from 'solid-js';
import { usePageTitle } from '../../components/page-title.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Municipality } from '../../lib/api-types.ts';
import { localeOf } from '../../i18n/language.ts';
import { useSession } from '../../session.tsx';
import { getMunicipalities } from './municipalities.data.ts';

export default function MunicipalitiesPage() {
  const { t, tCount, language } = useI18n();
  const session = useSession();
  const municipalities = createAsync(() => getMunicipalities());
  usePageTitle(() => t('municipalities.title'));

  const nameOf = (municipality: Municipality) => (language() === 'el' ? municipality.nameEl : municipality.name);
  const regionOf = (municipality: Municipality) =>
    language() === 'el' ? (municipality.regionEl ?? municipality.region) : municipality.region;

  const sorted = () =>
    [...(municipalities() ?? [])].sort((a, b) => nameOf(a).localeCompare(nameOf(b), localeOf[language()]));

  const ownSlug = () => session.user()?.municipality?.slug;

  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('municipalities.title')}</h1>
        <p class="page-header__intro">{t('municipalities.intro')}</p>
      </header>
      <ErrorBoundary
        fallback={(error, reset) => (
          <ErrorState
            error={error}
            onRetry={() => {
              void revalidate(getMunicipalities.key).then(reset);
            }}
          />
        )}
      >
        <Suspense fallback={<LoadingState />}>
          <Show
            when={sorted().length > 0}
            fallback={
              <Show when={municipalities()}>
                <EmptyState title={t('municipalities.empty.title')}>
                  <p>{t('municipalities.empty.body')}</p>
                </EmptyState>
              </Show>
            }
          >
            <p class="result-count">{tCount('municipalities.count', sorted().length)}</p>
            <ul class="card-grid" aria-label={t('municipalities.title')}>
              <For each={sorted()}>
                {(municipality) => (
                  <li>
                    <A
                      href={`/municipalities/${encodeURIComponent(municipality.slug)}`}
                      class="card card--link municipality-card"
                      classList={{ 'municipality-card--own': municipality.slug === ownSlug() }}
                      activeClass=""
                      inactiveClass=""
                    >
                      <span class="municipality-card__name">{nameOf(municipality)}</span>
                      <span class="municipality-card__region">{regionOf(municipality)}</span>
                      <Show when={municipality.slug === ownSlug()}>
                        <span class="badge badge--accent">{t('municipalities.yours')}</span>
                      </Show>
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
