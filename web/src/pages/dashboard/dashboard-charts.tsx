import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { createMemo, Show } from 'solid-js';
import { ChartCanvas } from '../../components/chart.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { countProposals, decidedProgrammes, fillQuarters, formatCompactEuros, formatQuarter, sortByProposalCount } from '../../lib/dashboard.ts';
import type { Dashboard, FundsPeriod, MunicipalityFigures } from '../../lib/dashboard-types.ts';
import { formatMoneyCents, formatNumber, formatPercent } from '../../lib/format.ts';
import { formatNameList } from '../../lib/name-list.ts';
import { proposalStatuses, type ProposalStatus } from '../../lib/proposal-types.ts';
import { DashboardPanel, NothingToDraw } from './dashboard-panel.tsx';
import { FigureTable, useOutcomeColumns, type FigureColumn } from './figure-table.tsx';

/** The colours of the statuses, kin to their badges; the legend, the tooltips and the table name them too. */
const statusColours: Record<ProposalStatus, string> = {
  idea: '#9aa8b5',
  drafting: '#5b8fb0',
  review: '#c98a00',
  submitted: '#0b4f6c',
  awarded: '#1b7a3e',
  rejected: '#b3452c',
  withdrawn: '#d5dce3',
};
const requestedColour = '#0b4f6c';
const awardedColour = '#0f8a6b';

/** A rem per bar and a little more, so that Greek names and the legend fit. */
function barsHeightRem(bars: number, minimum = 10): number {
  return Math.max(minimum, bars * 1.9 + 5);
}

/**
 * Proposals by status: for the network a stacked bar per municipality (its lead proposals), for one
 * municipality a bar per status.
 */
export function PipelineChart(props: { dashboard: Dashboard; municipality: string | undefined }) {
  const { t, tValue, language } = useI18n();
  const isNetwork = () => props.dashboard.municipality === null;
  const sorted = createMemo(() => sortByProposalCount(props.dashboard.byMunicipality, language()));
  // Empty bars would push the busy municipalities apart: those without proposals are named under the chart instead.
  const rows = createMemo(() => sorted().filter((row) => countProposals(row.proposalsByStatus) > 0));
  const idle = () => sorted().filter((row) => countProposals(row.proposalsByStatus) === 0).map(nameOf);
  const nameOf = (row: { municipality: { name: string; nameEl: string } }) =>
    language() === 'el' ? row.municipality.nameEl : row.municipality.name;
  const total = () => countProposals(props.dashboard.proposalsByStatus);
  const number = (value: number) => formatNumber(value, language());

  const networkConfig = createMemo(
    (): ChartConfiguration<'bar'> => ({
      type: 'bar',
      data: {
        labels: rows().map(nameOf),
        datasets: proposalStatuses.map((status) => ({
          label: tValue('proposal.status', status),
          data: rows().map((row) => row.proposalsByStatus[status] ?? 0),
          backgroundColor: statusColours[status],
          stack: 'proposals',
        })),
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { precision: 0, callback: (value) => number(Number(value)) } },
          y: { stacked: true },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 14 } },
          tooltip: {
            callbacks: { label: (item: TooltipItem<'bar'>) => `${item.dataset.label}: ${number(item.parsed.x ?? 0)}` },
          },
        },
      },
    }),
  );

  const municipalityConfig = createMemo(
    (): ChartConfiguration<'bar'> => ({
      type: 'bar',
      data: {
        labels: proposalStatuses.map((status) => tValue('proposal.status', status)),
        datasets: [
          {
            label: t('dashboard.pipeline.proposals'),
            data: proposalStatuses.map((status) => props.dashboard.proposalsByStatus[status] ?? 0),
            backgroundColor: proposalStatuses.map((status) => statusColours[status]),
          },
        ],
      },
      options: {
        // Bars along, names down the side: Greek status names need no slanting, even on a phone.
        indexAxis: 'y',
        scales: { x: { beginAtZero: true, ticks: { precision: 0, callback: (value) => number(Number(value)) } } },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (item: TooltipItem<'bar'>) => number(item.parsed.x ?? 0) } },
        },
      },
    }),
  );

  const summary = () =>
    isNetwork()
      ? rows()
          .map((row) => `${nameOf(row)} ${number(countProposals(row.proposalsByStatus))}`)
          .join(', ')
      : proposalStatuses
          .map((status) => `${tValue('proposal.status', status)} ${number(props.dashboard.proposalsByStatus[status] ?? 0)}`)
          .join(', ');

  return (
    <DashboardPanel
      id="dashboard-pipeline"
      class="dashboard-panel--wide"
      title={isNetwork() ? t('dashboard.pipeline.titleNetwork') : t('dashboard.pipeline.title')}
      intro={t('dashboard.pipeline.intro')}
      csv="pipeline"
      municipality={props.municipality}
      table={() => (isNetwork() ? <PipelineByMunicipalityTable dashboard={props.dashboard} /> : <PipelineTable dashboard={props.dashboard} />)}
    >
      <Show when={total() > 0} fallback={<NothingToDraw message={t('dashboard.pipeline.empty')} />}>
        <Show
          when={isNetwork()}
          fallback={
            <ChartCanvas
              config={municipalityConfig()}
              label={t('dashboard.pipeline.chartLabel', { summary: summary() })}
              heightRem={barsHeightRem(proposalStatuses.length)}
            />
          }
        >
          <ChartCanvas
            config={networkConfig()}
            label={t('dashboard.pipeline.chartLabelNetwork', { summary: summary() })}
            heightRem={barsHeightRem(rows().length)}
          />
          <Show when={idle().length > 0}>
            <p class="dashboard-panel__note">
              {t('dashboard.pipeline.idle', { names: formatNameList(idle(), language()) })}
            </p>
          </Show>
        </Show>
      </Show>
    </DashboardPanel>
  );
}

function PipelineTable(props: { dashboard: Dashboard }) {
  const { t, tValue, language } = useI18n();
  return (
    <FigureTable
      caption={t('dashboard.pipeline.title')}
      rowHeading={t('dashboard.column.status')}
      rows={proposalStatuses}
      rowName={(status) => tValue('proposal.status', status)}
      columns={[
        {
          label: t('dashboard.column.proposals'),
          cell: (status: ProposalStatus) => formatNumber(props.dashboard.proposalsByStatus[status] ?? 0, language()),
        },
      ]}
    />
  );
}

function PipelineByMunicipalityTable(props: { dashboard: Dashboard }) {
  const { t, tValue, language } = useI18n();
  const columns = (): FigureColumn<MunicipalityFigures>[] => [
    ...proposalStatuses.map((status) => ({
      label: tValue('proposal.status', status),
      cell: (row: MunicipalityFigures) => formatNumber(row.proposalsByStatus[status] ?? 0, language()),
    })),
    { label: t('dashboard.column.total'), cell: (row) => formatNumber(countProposals(row.proposalsByStatus), language()) },
  ];
  return (
    <FigureTable
      caption={t('dashboard.pipeline.titleNetwork')}
      rowHeading={t('dashboard.column.municipality')}
      rows={sortByProposalCount(props.dashboard.byMunicipality, language())}
      rowName={(row) => (language() === 'el' ? row.municipality.nameEl : row.municipality.name)}
      columns={columns()}
    />
  );
}

/** The share of decided proposals that were awarded, per programme. */
export function SuccessRateChart(props: { dashboard: Dashboard; municipality: string | undefined }) {
  const { t, tValue, language } = useI18n();
  const rows = createMemo(() => decidedProgrammes(props.dashboard.byProgramme));
  const percent = (share: number) => formatPercent(share, language());

  const config = createMemo(
    (): ChartConfiguration<'bar'> => ({
      type: 'bar',
      data: {
        labels: rows().map((row) => tValue('programme', row.programme)),
        datasets: [
          {
            label: t('dashboard.success.rate'),
            data: rows().map((row) => row.successRate),
            backgroundColor: awardedColour,
            // A programme with only rejections keeps a sliver of a bar: 0 % is a figure, not a gap.
            minBarLength: 3,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        scales: { x: { min: 0, max: 1, ticks: { stepSize: 0.25, callback: (value) => percent(Number(value)) } } },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item: TooltipItem<'bar'>) => {
                const row = rows()[item.dataIndex];
                if (!row) return '';
                return t('dashboard.success.tooltip', {
                  rate: percent(row.successRate),
                  awarded: formatNumber(row.awarded, language()),
                  decided: formatNumber(row.awarded + row.rejected, language()),
                });
              },
            },
          },
        },
      },
    }),
  );

  const summary = () => rows().map((row) => `${tValue('programme', row.programme)} ${percent(row.successRate)}`).join(', ');

  return (
    <DashboardPanel
      id="dashboard-success"
      title={t('dashboard.success.title')}
      intro={t('dashboard.success.intro')}
      csv="programmes"
      municipality={props.municipality}
      table={() => <ProgrammesTable dashboard={props.dashboard} />}
    >
      <Show when={rows().length > 0} fallback={<NothingToDraw message={t('dashboard.success.empty')} />}>
        <ChartCanvas
          config={config()}
          label={t('dashboard.success.chartLabel', { summary: summary() })}
          heightRem={barsHeightRem(rows().length, 12)}
        />
      </Show>
    </DashboardPanel>
  );
}

function ProgrammesTable(props: { dashboard: Dashboard }) {
  const { t, tValue } = useI18n();
  const outcomeColumns = useOutcomeColumns();
  return (
    <FigureTable
      caption={t('dashboard.success.title')}
      rowHeading={t('dashboard.column.programme')}
      rows={props.dashboard.byProgramme}
      rowName={(row) => tValue('programme', row.programme)}
      columns={outcomeColumns(['submitted', 'awarded', 'rejected', 'successRate', 'requested', 'secured'])}
    />
  );
}

/** Money asked for (when first submitted) and secured (when awarded), quarter by quarter in Athens. */
export function FundsChart(props: { dashboard: Dashboard; municipality: string | undefined }) {
  const { t, language } = useI18n();
  const points = createMemo(() => fillQuarters(props.dashboard.fundsOverTime));
  const money = (cents: number) => formatMoneyCents(cents, language(), { isWholeEuros: true });

  const config = createMemo(
    (): ChartConfiguration<'line'> => ({
      type: 'line',
      data: {
        labels: points().map((point) => formatQuarter(point.period, language())),
        datasets: [
          {
            label: t('dashboard.funds.requested'),
            data: points().map((point) => point.requestedCents / 100),
            borderColor: requestedColour,
            backgroundColor: requestedColour,
            borderDash: [6, 4],
            pointStyle: 'rectRot',
            pointRadius: 4,
          },
          {
            label: t('dashboard.funds.secured'),
            data: points().map((point) => point.awardedCents / 100),
            borderColor: awardedColour,
            backgroundColor: awardedColour,
            pointRadius: 4,
          },
        ],
      },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: {
          // Sixteen quarters do not fit side by side on a phone: every other one is named, level.
          x: { ticks: { autoSkip: true, autoSkipPadding: 12, maxRotation: 0 } },
          y: { beginAtZero: true, ticks: { callback: (value) => formatCompactEuros(Number(value), language()) } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: (item: TooltipItem<'line'>) => `${item.dataset.label}: ${money(Math.round((item.parsed.y ?? 0) * 100))}`,
            },
          },
        },
      },
    }),
  );

  const summary = () => {
    const all = points();
    const first = all[0];
    const last = all.at(-1);
    if (!first || !last) return '';
    return t('dashboard.funds.chartLabel', {
      requested: money(all.reduce((sum, point) => sum + point.requestedCents, 0)),
      secured: money(all.reduce((sum, point) => sum + point.awardedCents, 0)),
      from: formatQuarter(first.period, language()),
      to: formatQuarter(last.period, language()),
    });
  };

  return (
    <DashboardPanel
      id="dashboard-funds"
      class="dashboard-panel--wide"
      title={t('dashboard.funds.title')}
      intro={t('dashboard.funds.intro')}
      csv="funds"
      municipality={props.municipality}
      table={() => (
        <FigureTable
          caption={t('dashboard.funds.title')}
          rowHeading={t('dashboard.column.quarter')}
          rows={points()}
          rowName={(point) => formatQuarter(point.period, language())}
          columns={[
            { label: t('dashboard.funds.requested'), cell: (point: FundsPeriod) => money(point.requestedCents) },
            { label: t('dashboard.funds.secured'), cell: (point: FundsPeriod) => money(point.awardedCents) },
          ]}
        />
      )}
    >
      <Show when={points().length > 0} fallback={<NothingToDraw message={t('dashboard.funds.empty')} />}>
        <ChartCanvas config={config()} label={summary()} heightRem={16} />
      </Show>
    </DashboardPanel>
  );
}
