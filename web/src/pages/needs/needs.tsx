import { A, createAsync, revalidate, useSearchParams } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { SelectField } from '../../components/form-field.tsx';
import { NewItemLink, PageHeaderWithActions } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { EmptyState, InfoNotice } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { localeOf } from '../../i18n/language.ts';
import type { Municipality, MunicipalityRef, Need, Theme } from '../../lib/api-types.ts';
import { canReadAllNeeds, canReadNeeds, canWriteNeedsOf } from '../../lib/need-access.ts';
import { useSession } from '../../session.tsx';
import { byPriorityThenRecent, NeedCard } from './need-card.tsx';
import { getAllNeeds, getMunicipalities, getMunicipalityNeeds, getThemes } from './needs.data.ts';

/**
 * The needs registry: an officer sees and keeps their municipality's needs; coordinators and admins pick a
 * municipality, or see every municipality's needs one after the other.
 */
export default function NeedsPage() {
  const { t } = useI18n();
  const session = useSession();
  usePageTitle(() => t('needs.title'));

  return (
    <div class="page">
      <Switch
        fallback={
          <>
            <NeedsHeader />
            <InfoNotice title={t('needs.forbidden.title')}>
              <p>{t('needs.forbidden.body')}</p>
            </InfoNotice>
          </>
        }
      >
        <Match when={canReadAllNeeds(session.user())}>
          <NetworkNeeds />
        </Match>
        <Match when={canReadNeeds(session.user()) && session.user()?.municipality}>
          {(municipality) => <OwnNeeds municipality={municipality()} />}
        </Match>
      </Switch>
    </div>
  );
}

function NeedsHeader(props: { newHref?: string | undefined }) {
  const { t } = useI18n();
  return (
    <PageHeaderWithActions title={t('needs.title')} intro={t('needs.intro')}>
      <Show when={props.newHref}>
        {(href) => <NewItemLink href={href()} label={t('needs.new')} />}
      </Show>
    </PageHeaderWithActions>
  );
}

function newNeedHref(slug: string): string {
  return `/needs/new?municipality=${encodeURIComponent(slug)}`;
}

/** An officer's own municipality. */
function OwnNeeds(props: { municipality: MunicipalityRef }) {
  const { t } = useI18n();
  const session = useSession();
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));
  const canWrite = () => canWriteNeedsOf(session.user(), props.municipality.id);

  return (
    <>
      <NeedsHeader newHref={canWrite() ? newNeedHref(props.municipality.slug) : undefined} />
      <AsyncBoundary refetch={() => revalidate(getMunicipalityNeeds.keyFor(props.municipality.slug))}>
        <MunicipalityNeeds
          slug={props.municipality.slug}
          themes={themes()}
          canWrite={canWrite()}
          emptyBody={canWrite() ? t('needs.empty.bodyOwn') : t('needs.empty.body')}
        />
      </AsyncBoundary>
    </>
  );
}

/** Coordinators and admins: one municipality from the picker (`?municipality=slug`), or all of them. */
function NetworkNeeds() {
  const { t, language } = useI18n();
  const session = useSession();
  const [searchParams, setSearchParams] = useSearchParams<{ municipality?: string }>();
  const municipalities = createAsync(() => getMunicipalities());
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));

  const nameOf = (municipality: Pick<Municipality, 'name' | 'nameEl'>) =>
    language() === 'el' ? municipality.nameEl : municipality.name;
  const sorted = () =>
    [...(municipalities() ?? [])].sort((a, b) => nameOf(a).localeCompare(nameOf(b), localeOf[language()]));
  const selected = () => sorted().find((municipality) => municipality.slug === searchParams.municipality);
  const canWriteSelected = () => canWriteNeedsOf(session.user(), selected()?.id);

  return (
    <>
      <NeedsHeader newHref={canWriteSelected() ? newNeedHref(selected()?.slug ?? '') : undefined} />
      <AsyncBoundary refetch={() => revalidate([getMunicipalities.key, getAllNeeds.key, getMunicipalityNeeds.key])}>
        <div class="needs-toolbar">
          <SelectField
            id="needs-municipality"
            name="municipality"
            label={t('needs.municipality')}
            value={selected()?.slug ?? ''}
            onChange={(event) => setSearchParams({ municipality: event.currentTarget.value || undefined })}
          >
            <option value="">{t('needs.municipality.all')}</option>
            <For each={sorted()}>
              {(municipality) => (
                <option value={municipality.slug} selected={municipality.slug === selected()?.slug}>
                  {nameOf(municipality)}
                </option>
              )}
            </For>
          </SelectField>
        </div>
        <Show when={selected()} fallback={<AllNeeds themes={themes()} nameOf={nameOf} />}>
          {(municipality) => (
            <MunicipalityNeeds
              slug={municipality().slug}
              themes={themes()}
              canWrite={canWriteSelected()}
              emptyBody={t('needs.empty.body')}
            />
          )}
        </Show>
      </AsyncBoundary>
    </>
  );
}

function MunicipalityNeeds(props: { slug: string; themes: Theme[] | undefined; canWrite: boolean; emptyBody: string }) {
  const { t } = useI18n();
  const answer = createAsync(() => getMunicipalityNeeds(props.slug));
  const needs = () => {
    const value = answer();
    return value?.isVisible ? value.needs : undefined;
  };
  return (
    <Show when={answer()}>
      <Show
        when={needs()}
        fallback={
          <InfoNotice title={t('needs.forbidden.title')}>
            <p>{t('needs.forbidden.body')}</p>
          </InfoNotice>
        }
      >
        {(list) => (
          <NeedList
            needs={list()}
            themes={props.themes}
            emptyBody={props.emptyBody}
            newHref={props.canWrite ? newNeedHref(props.slug) : undefined}
          />
        )}
      </Show>
    </Show>
  );
}

function AllNeeds(props: { themes: Theme[] | undefined; nameOf: (municipality: Municipality) => string }) {
  const { t, tCount, language } = useI18n();
  const lists = createAsync(() => getAllNeeds());
  const withNeeds = () =>
    (lists() ?? [])
      .filter((list) => list.needs.length > 0)
      .sort((a, b) => props.nameOf(a.municipality).localeCompare(props.nameOf(b.municipality), localeOf[language()]));
  const total = () => withNeeds().reduce((sum, list) => sum + list.needs.length, 0);

  return (
    <Show when={lists()}>
      <Show
        when={withNeeds().length > 0}
        fallback={
          <EmptyState title={t('needs.empty.title')}>
            <p>{t('needs.empty.body')}</p>
          </EmptyState>
        }
      >
        <p class="result-count">{tCount('needs.count', total())}</p>
        <For each={withNeeds()}>
          {(list) => (
            <section class="needs-group" aria-labelledby={`needs-of-${list.municipality.slug}`}>
              <h2 id={`needs-of-${list.municipality.slug}`} class="needs-group__title">
                <A href={`/needs?municipality=${encodeURIComponent(list.municipality.slug)}`} activeClass="" inactiveClass="">
                  {props.nameOf(list.municipality)}
                </A>{' '}
                <span class="needs-group__count">{tCount('needs.count', list.needs.length)}</span>
              </h2>
              <ul class="need-list">
                <For each={[...list.needs].sort(byPriorityThenRecent)}>
                  {(need) => <NeedCard need={need} themes={props.themes} />}
                </For>
              </ul>
            </section>
          )}
        </For>
      </Show>
    </Show>
  );
}

function NeedList(props: { needs: Need[]; themes: Theme[] | undefined; emptyBody: string; newHref?: string | undefined }) {
  const { t, tCount } = useI18n();
  const sorted = () => [...props.needs].sort(byPriorityThenRecent);
  return (
    <Show
      when={sorted().length > 0}
      fallback={
        <EmptyState title={t('needs.empty.title')}>
          <p>{props.emptyBody}</p>
          <Show when={props.newHref}>
            {(href) => (
              <p>
                <A href={href()} class="button button--primary" activeClass="" inactiveClass="" end>
                  {t('needs.new')}
                </A>
              </p>
            )}
          </Show>
        </EmptyState>
      }
    >
      <p class="result-count">{tCount('needs.count', sorted().length)}</p>
      <ul class="need-list" aria-label={t('needs.title')}>
        <For each={sorted()}>{(need) => <NeedCard need={need} themes={props.themes} />}</For>
      </ul>
    </Show>
  );
}
