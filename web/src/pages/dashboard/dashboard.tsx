import { A, createAsync, revalidate, useSearchParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { AsyncBoundary } from '../../components/async-boundary.tsx';
import { SelectField } from '../../components/form-field.tsx';
import { PageHeaderWithActions } from '../../components/page-header.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { InfoNotice } from '../../components/status.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { rolesThatSeeDashboard, rolesThatSeeNetworkDashboard } from '../../lib/announcement-roles.ts';
import type { Municipality, Theme } from '../../lib/api-types.ts';
import { countProposals, inProgressStatuses, submittedStatuses } from '../../lib/dashboard.ts';
import type { Dashboard } from '../../lib/dashboard-types.ts';
import { formatMoneyCents, formatNumber, formatPercent } from '../../lib/format.ts';
import { localeOf } from '../../i18n/language.ts';
import { createNow } from '../../lib/now.ts';
import { hasRole } from '../../lib/roles.ts';
import { useSession } from '../../session.tsx';
import { FundsChart, PipelineChart, SuccessRateChart } from './dashboard-charts.tsx';
import { FundingGaps, MunicipalitiesTable, UpcomingDeadlines } from './dashboard-lists.tsx';
import { getDashboard, getMunicipalities, getThemes, readDashboardScope } from './dashboard.data.ts';

/**
 * The coordination dashboard: proposals by status, success per programme, money asked for and secured over
 * time, deadlines ahead and needs no call fits, for the whole network or one municipality (an officer: their own).
 */
export default function DashboardPage() {
  const { t } = useI18n();
  const session = useSession();
  usePageTitle(() => t('dashboard.title'));
  const canSee = () => hasRole(session.user()?.role, rolesThatSeeDashboard);

  return (
    <div class="page dashboard">
      <PageHeaderWithActions title={t('dashboard.title')} intro={t('dashboard.intro')}>
        <A href="/report" class="button button--secondary page-header__action" activeClass="" inactiveClass="" end>
          {t('dashboard.reportLink')}
        </A>
      </PageHeaderWithActions>
      <Show
        when={canSee()}
        fallback={
          <InfoNotice title={t('dashboard.forbidden.title')}>
            <p>{t('dashboard.forbidden.body')}</p>
          </InfoNotice>
        }
      >
        <DashboardContent />
      </Show>
    </div>
  );
}

function DashboardContent() {
  const { t, language } = useI18n();
  const session = useSession();
  const [searchParams, setSearchParams] = useSearchParams<{ municipality?: string }>();
  const canChooseScope = () => hasRole(session.user()?.role, rolesThatSeeNetworkDashboard);
  // An officer always sees their own municipality, whatever the address says.
  const scope = () => (canChooseScope() ? readDashboardScope(searchParams.municipality) : undefined);
  const dashboard = createAsync(() => getDashboard(scope()));
  const municipalities = createAsync(() =>
    canChooseScope() ? getMunicipalities().catch((): Municipality[] => []) : Promise.resolve<Municipality[]>([]),
  );
  // Theme names are a nicety: without them the slug is shown, never an error.
  const themes = createAsync(() => getThemes().catch((): Theme[] => []));
  const now = createNow();
  const sortedMunicipalities = () =>
    [...(municipalities() ?? [])].sort((a, b) =>
      language() === 'el' ? a.nameEl.localeCompare(b.nameEl, localeOf.el) : a.name.localeCompare(b.name, localeOf.en),
    );

  return (
    <>
      {/* An officer's scope is their municipality, named in the heading of the figures. */}
      <Show when={canChooseScope()}>
        <div class="dashboard__scope">
          <SelectField
            id="dashboard-municipality"
            name="municipality"
            label={t('dashboard.scope')}
            value={scope() ?? ''}
            onChange={(event) => setSearchParams({ municipality: event.currentTarget.value || undefined })}
          >
            <option value="">{t('dashboard.scope.network')}</option>
            <For each={sortedMunicipalities()}>
              {(municipality) => (
                <option value={municipality.slug} selected={municipality.slug === scope()}>
                  {language() === 'el' ? municipality.nameEl : municipality.name}
                </option>
              )}
            </For>
          </SelectField>
        </div>
      </Show>

      <AsyncBoundary refetch={() => revalidate(getDashboard.key)} errorTitle={t('dashboard.title')}>
        <Show when={dashboard()}>
          {(value) => (
            <DashboardView dashboard={value()} municipality={scope()} themes={themes() ?? []} now={now()} />
          )}
        </Show>
      </AsyncBoundary>
    </>
  );
}

function DashboardView(props: { dashboard: Dashboard; municipality: string | undefined; themes: Theme[]; now: Date }) {
  const { t, language } = useI18n();
  const number = (value: number) => formatNumber(value, language());
  const money = (cents: number) => formatMoneyCents(cents, language(), { isWholeEuros: true });
  const counts = () => props.dashboard.proposalsByStatus;
  const scopeName = () => {
    const place = props.dashboard.municipality;
    if (!place) return t('dashboard.scope.network');
    return language() === 'el' ? place.nameEl : place.name;
  };

  return (
    <div class="dashboard__content">
      <section class="facts" aria-labelledby="dashboard-figures-heading">
        <h2 id="dashboard-figures-heading" class="dashboard__figures-heading">
          {t('dashboard.figures', { scope: scopeName() })}
        </h2>
        <dl class="facts__list dashboard-figures">
          <div class="fact">
            <dt>{t('dashboard.figure.inProgress')}</dt>
            <dd>{number(countProposals(counts(), inProgressStatuses))}</dd>
          </div>
          <div class="fact">
            <dt>{t('dashboard.figure.submitted')}</dt>
            <dd>{number(countProposals(counts(), submittedStatuses))}</dd>
          </div>
          <div class="fact">
            <dt>{t('dashboard.figure.awarded')}</dt>
            <dd>{number(counts().awarded ?? 0)}</dd>
          </div>
          <div class="fact">
            <dt>{t('dashboard.figure.successRate')}</dt>
            <dd>{props.dashboard.successRate === null ? '—' : formatPercent(props.dashboard.successRate, language())}</dd>
          </div>
          <div class="fact">
            <dt>{t('dashboard.figure.requested')}</dt>
            <dd>{money(props.dashboard.requestedCents)}</dd>
          </div>
          <div class="fact">
            <dt>{t('dashboard.figure.secured')}</dt>
            <dd>{money(props.dashboard.awardedCents)}</dd>
          </div>
        </dl>
      </section>

      <div class="dashboard__grid">
        <PipelineChart dashboard={props.dashboard} municipality={props.municipality} />
        <FundsChart dashboard={props.dashboard} municipality={props.municipality} />
        <SuccessRateChart dashboard={props.dashboard} municipality={props.municipality} />
        <FundingGaps dashboard={props.dashboard} municipality={props.municipality} themes={props.themes} />
        <UpcomingDeadlines dashboard={props.dashboard} municipality={props.municipality} now={props.now} />
        <Show when={props.dashboard.municipality === null}>
          <MunicipalitiesTable dashboard={props.dashboard} />
        </Show>
      </div>
    </div>
  );
}
