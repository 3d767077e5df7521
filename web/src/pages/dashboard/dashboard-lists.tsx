import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { DeadlineCountdown } from '../../components/call-badges.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { PlaceRef, Theme } from '../../lib/api-types.ts';
import { countProposals, inProgressStatuses, sortByProposalCount } from '../../lib/dashboard.ts';
import type { Dashboard, MunicipalityFigures, UpcomingDeadline } from '../../lib/dashboard-types.ts';
import { formatDateTime, formatNumber, toIsoString } from '../../lib/format.ts';
import { DashboardPanel, NothingToDraw } from './dashboard-panel.tsx';
import { FigureTable, useOutcomeColumns } from './figure-table.tsx';

function usePlaceName() {
  const { language } = useI18n();
  return (place: PlaceRef) => (language() === 'el' ? place.nameEl : place.name);
}

function deadlineHref(item: UpcomingDeadline): string | null {
  if (item.proposalId) return `/proposals/${encodeURIComponent(item.proposalId)}`;
  if (item.callId) return `/calls/${encodeURIComponent(item.callId)}`;
  return null;
}

/** The soonest deadlines shown at first; the rest (up to the API's 20) on request, and all of them in the CSV. */
const deadlinesShownAtFirst = 6;

/** The next 90 days: the scope's proposals being written, and the open calls that fit its needs. */
export function UpcomingDeadlines(props: { dashboard: Dashboard; municipality: string | undefined; now: Date }) {
  const { t, language } = useI18n();
  const placeName = usePlaceName();
  const [isAllShown, setIsAllShown] = createSignal(false);
  const shown = () =>
    isAllShown() ? props.dashboard.upcomingDeadlines : props.dashboard.upcomingDeadlines.slice(0, deadlinesShownAtFirst);
  return (
    <DashboardPanel
      id="dashboard-deadlines"
      class="dashboard-panel--wide"
      title={t('dashboard.deadlines.title')}
      intro={t('dashboard.deadlines.intro')}
      csv="deadlines"
      municipality={props.municipality}
    >
      <Show
        when={props.dashboard.upcomingDeadlines.length > 0}
        fallback={<NothingToDraw message={t('dashboard.deadlines.empty')} />}
      >
        <ol id="dashboard-deadline-list" class="dashboard-list dashboard-list--columns">
          <For each={shown()}>
            {(item) => (
              <li class="dashboard-list__item">
                <span class="dashboard-list__when">
                  <time datetime={toIsoString(item.deadline)}>{formatDateTime(item.deadline, language())}</time>{' '}
                  <DeadlineCountdown deadline={item.deadline} now={props.now} />
                </span>
                <span class="dashboard-list__what">
                  <span class="badge badge--neutral">
                    {item.proposalId ? t('dashboard.deadlines.proposal') : t('dashboard.deadlines.call')}
                  </span>{' '}
                  <Show when={deadlineHref(item)} fallback={item.title}>
                    {(href) => (
                      <A href={href()} activeClass="" inactiveClass="">
                        {item.title}
                      </A>
                    )}
                  </Show>
                </span>
                <Show when={item.municipality}>
                  {(place) => <span class="dashboard-list__where">{placeName(place())}</span>}
                </Show>
              </li>
            )}
          </For>
        </ol>
        <Show when={!isAllShown() && props.dashboard.upcomingDeadlines.length > deadlinesShownAtFirst}>
          <button
            type="button"
            class="button button--secondary dashboard-list__more"
            aria-controls="dashboard-deadline-list"
            onClick={() => setIsAllShown(true)}
          >
            {t('dashboard.deadlines.showAll', { count: props.dashboard.upcomingDeadlines.length })}
          </button>
        </Show>
      </Show>
    </DashboardPanel>
  );
}

/** Needs still waiting for funding that no open or forthcoming call fits: where the network should look for money. */
export function FundingGaps(props: { dashboard: Dashboard; municipality: string | undefined; themes: Theme[] }) {
  const { t, tCount, language } = useI18n();
  const placeName = usePlaceName();
  const themeName = (slug: string) => {
    const theme = props.themes.find((candidate) => candidate.slug === slug);
    return theme ? (language() === 'el' ? theme.nameEl : theme.name) : slug;
  };
  return (
    <DashboardPanel
      id="dashboard-gaps"
      title={t('dashboard.gaps.title')}
      intro={
        props.dashboard.needsWithoutOpenCall.length > 0
          ? tCount('dashboard.gaps.count', props.dashboard.needsWithoutOpenCall.length)
          : t('dashboard.gaps.intro')
      }
      csv="gaps"
      municipality={props.municipality}
    >
      <Show when={props.dashboard.gaps.length > 0} fallback={<NothingToDraw message={t('dashboard.gaps.empty')} />}>
        <ul class="dashboard-list">
          <For each={props.dashboard.gaps}>
            {(gap) => (
              <li class="dashboard-list__item">
                <span class="dashboard-list__what">
                  <A href={`/needs/${encodeURIComponent(gap.needId)}`} activeClass="" inactiveClass="">
                    {gap.title}
                  </A>
                </span>
                <span class="dashboard-list__where">
                  {placeName(gap.municipality)}
                  {' · '}
                  {themeName(gap.category)}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </DashboardPanel>
  );
}

/** The network, municipality by municipality: what each leads, what it sent and what it secured. */
export function MunicipalitiesTable(props: { dashboard: Dashboard }) {
  const { t, language } = useI18n();
  const placeName = usePlaceName();
  const number = (value: number) => formatNumber(value, language());
  const outcomeColumns = useOutcomeColumns();
  return (
    <DashboardPanel
      id="dashboard-municipalities"
      class="dashboard-panel--wide"
      title={t('dashboard.municipalities.title')}
      intro={t('dashboard.municipalities.intro')}
      csv="municipalities"
      municipality={undefined}
    >
      <div class="table-wrap">
        <FigureTable
          caption={t('dashboard.municipalities.title')}
          rowHeading={t('dashboard.column.municipality')}
          rows={sortByProposalCount(props.dashboard.byMunicipality, language())}
          rowName={(row) => (
            <A href={`/dashboard?municipality=${encodeURIComponent(row.municipality.slug)}`} activeClass="" inactiveClass="">
              {placeName(row.municipality)}
            </A>
          )}
          columns={[
            {
              label: t('dashboard.column.inProgress'),
              cell: (row: MunicipalityFigures) => number(countProposals(row.proposalsByStatus, inProgressStatuses)),
            },
            ...outcomeColumns(['submitted', 'awarded', 'rejected', 'successRate', 'requested', 'secured']),
          ]}
        />
      </div>
    </DashboardPanel>
  );
}
