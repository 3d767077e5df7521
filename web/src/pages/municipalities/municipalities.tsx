import { A, createAsync, revalidate } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { EmptyState } from '../../components/status.tsx';
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
      <PageHeader title={t('municipalities.title')} intro={t('municipalities.intro')} />
      <AsyncBoundary refetch={() => revalidate(getMunicipalities.key)}>
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
      </AsyncBoundary>
    </div>
  );
}
